import DocketDomain

extension BuiltInTemplates {
    /// One `<li>` of a `<ul class="card-grid">`. Its heading is an `<h3>`: every list of
    /// cards sits under an `<h2>`.
    static let expertCard = """
    <li class="card expert-card">
    <div class="card-head">
    {{#photoURL}}<img class="avatar" src="{{photoURL}}" alt="" width="56" height="56">
    {{/photoURL}}{{^photoURL}}<span class="avatar initials" aria-hidden="true">{{initials}}</span>
    {{/photoURL}}<div>
    <h3 class="card-title"><a href="{{url}}">{{name}}</a></h3>
    <p class="card-meta">{{countryName}}</p>
    {{#firmName}}<p class="card-meta">{{firmName}}</p>
    {{/firmName}}</div>
    </div>
    <ul class="badges">{{#levels}}<li class="badge">{{.}}</li>{{/levels}}</ul>
    <p class="rate">{{rate}}</p>
    {{^empty(skillsPreview)}}<ul class="tags">{{#skillsPreview}}<li>{{.}}</li>{{/skillsPreview}}{{#moreSkillsText}}<li class="tag-more">{{moreSkillsText}}</li>{{/moreSkillsText}}</ul>
    {{/empty(skillsPreview)}}</li>

    """

    /// One `<li>` of a `<ul class="card-list">`, with an `<h3>` heading.
    static let requestCard = """
    <li class="card request-card{{^accepting}} is-closed{{/accepting}}">
    <h3 class="card-title"><a href="{{url}}">{{title}}</a></h3>
    <p class="card-status"><span class="status {{#accepting}}status-open{{/accepting}}{{^accepting}}status-closed{{/accepting}}">{{statusLabel}}</span> <span class="card-meta">Posted <time datetime="{{created}}">{{created}}</time> by <bdi>{{customerName}}</bdi></span></p>
    <dl class="card-facts">
    <div><dt>Budget</dt><dd>{{budget}}</dd></div>
    <div><dt>Expert country</dt><dd>{{countryName}}</dd></div>
    <div><dt>Responses</dt><dd>{{responseCountText}}</dd></div>
    </dl>
    </li>

    """

    /// The reviews of a page, newest first; nothing when there are none. Each rating is
    /// text ("4 out of 5 stars"); the stars beside it are hidden from assistive technology.
    static let reviews = """
    {{^empty(reviews)}}<ul class="reviews">
    {{#reviews}}<li class="review">
    <figure>
    <p class="rating"><span class="stars" aria-hidden="true">{{stars}}</span> <span class="rating-text">{{ratingText}}</span></p>
    {{#text}}<blockquote><p>{{text}}</p></blockquote>
    {{/text}}<figcaption><bdi>{{author}}</bdi>, <time datetime="{{date}}">{{date}}</time>{{#about}}, about <a href="{{url}}"><bdi>{{label}}</bdi></a>{{/about}}{{#proposalTitle}}, for “<bdi>{{proposalTitle}}</bdi>”{{/proposalTitle}}</figcaption>
    </figure>
    </li>
    {{/reviews}}</ul>
    {{/empty(reviews)}}
    """

    static let pagination = """
    {{#pagination}}<nav class="pagination" aria-label="Pagination">
    <p class="pagination-status">Page {{current}} of {{total}}</p>
    <ul>
    {{#previousURL}}<li><a href="{{previousURL}}" rel="prev"><span aria-hidden="true">← </span>Previous<span class="visually-hidden"> page</span></a></li>
    {{/previousURL}}{{#pages}}{{#gapBefore}}<li class="pagination-gap" aria-hidden="true">…</li>
    {{/gapBefore}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}><span class="visually-hidden">Page </span>{{number}}</a></li>
    {{/pages}}{{#nextURL}}<li><a href="{{nextURL}}" rel="next">Next<span class="visually-hidden"> page</span><span aria-hidden="true"> →</span></a></li>
    {{/nextURL}}</ul>
    </nav>
    {{/pagination}}
    """
}
