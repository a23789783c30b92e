extension BuiltInTemplates {
    static let expertCard = """
    <li class="card expert-card">
    {{#photoURL}}<img class="avatar" src="{{photoURL}}" alt="" width="64" height="64">
    {{/photoURL}}<div>
    <h3><a href="{{url}}">{{name}}</a></h3>
    <p class="meta">{{countryName}}{{#firmName}} · {{firmName}}{{/firmName}}</p>
    <p class="meta">{{#levels}}<span class="badge">{{.}}</span> {{/levels}}</p>
    <p class="rate">{{rate}}</p>
    {{^empty(skills)}}<ul class="tags" aria-label="Skills">{{#skills}}<li>{{.}}</li>{{/skills}}</ul>
    {{/empty(skills)}}</div>
    </li>

    """

    static let requestCard = """
    <li class="card request-card">
    <h3><a href="{{url}}">{{title}}</a></h3>
    <p class="meta">Budget {{budget}} · {{countryName}} · posted {{created}} by {{customerName}}</p>
    {{^accepting}}<p class="status closed">Closed to responses</p>
    {{/accepting}}{{#accepting}}<p class="status open">Accepting responses</p>
    {{/accepting}}</li>

    """

    static let reviews = """
    <ul class="reviews">
    {{#reviews}}<li class="review">
    <p class="rating"><span class="stars" aria-hidden="true">{{stars}}</span> <span class="rating-text">{{ratingText}}</span></p>
    {{#text}}<blockquote><p>{{text}}</p></blockquote>
    {{/text}}<p class="meta">{{author}}, <time datetime="{{date}}">{{date}}</time></p>
    </li>
    {{/reviews}}</ul>

    """

    static let pagination = """
    {{#pagination}}<nav class="pagination" aria-label="Pages">
    <p>Page {{current}} of {{total}}</p>
    <ul>
    {{#previousURL}}<li><a href="{{previousURL}}" rel="prev">Previous</a></li>
    {{/previousURL}}{{#pages}}<li>{{#current}}<a href="{{url}}" aria-current="page">{{number}}</a>{{/current}}{{^current}}<a href="{{url}}">{{number}}</a>{{/current}}</li>
    {{/pages}}{{#nextURL}}<li><a href="{{nextURL}}" rel="next">Next</a></li>
    {{/nextURL}}</ul>
    </nav>
    {{/pagination}}
    """
}
