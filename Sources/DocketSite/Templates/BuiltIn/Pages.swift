import DocketDomain

extension BuiltInTemplates {
    static let home = """
    {{<layout}}{{$main}}
    <div class="hero">
    <h1>{{layout.siteTitle}}</h1>
    <p class="lede">{{layout.description}}</p>
    <ul class="stats">
    <li><a class="stat" href="{{expertsURL}}"><span class="stat-number">{{expertCountText.count}}</span> <span class="stat-label">{{expertCountText.noun}}</span></a></li>
    <li><a class="stat" href="{{firmsURL}}"><span class="stat-number">{{firmCountText.count}}</span> <span class="stat-label">{{firmCountText.noun}}</span></a></li>
    <li><a class="stat" href="{{requestsURL}}"><span class="stat-number">{{requestCountText.count}}</span> <span class="stat-label">{{requestCountText.noun}}</span><span class="visually-hidden">,</span> <span class="stat-note">{{openRequestCountText}}</span></a></li>
    </ul>
    </div>
    <section class="section" aria-labelledby="newest">
    <h2 id="newest">Newest requests</h2>
    {{^empty(newestRequests)}}<ul class="card-list">
    {{#newestRequests}}{{>request-card}}{{/newestRequests}}</ul>
    {{/empty(newestRequests)}}{{#empty(newestRequests)}}<p class="empty">No requests yet.</p>
    {{/empty(newestRequests)}}<p class="more"><a href="{{requestsURL}}">All requests</a></p>
    </section>
    <section class="section" aria-labelledby="browse">
    <h2 id="browse">Find an expert</h2>
    <div class="browse">
    <div class="browse-group">
    <h3>By certification level</h3>
    <ul class="chips">{{#levels}}<li><a class="chip" href="{{url}}">{{label}} <span class="chip-count"><span class="visually-hidden">(</span>{{count}}<span class="visually-hidden">)</span></span></a></li>{{/levels}}</ul>
    </div>
    <div class="browse-group">
    <h3>By country</h3>
    <ul class="chips">{{#countries}}<li><a class="chip" href="{{url}}">{{label}} <span class="chip-count"><span class="visually-hidden">(</span>{{count}}<span class="visually-hidden">)</span></span></a></li>{{/countries}}</ul>
    </div>
    </div>
    <p class="more"><a href="{{expertsURL}}">All experts</a> · <a href="{{firmsURL}}">All firms</a></p>
    </section>
    {{/main}}{{/layout}}
    """

    static let expertList = """
    {{<layout}}{{$main}}
    <header class="page-header">
    <h1>{{heading}}</h1>
    <p class="lede">{{intro}}</p>
    </header>
    <nav class="filters" aria-label="Filter experts">
    <div class="filter-group">
    <p class="filter-label" id="filter-level">Certification level</p>
    <ul class="chips" aria-labelledby="filter-level">
    {{#allExperts}}<li><a class="chip" href="{{url}}"{{#ariaCurrent}} aria-current="{{ariaCurrent}}"{{/ariaCurrent}}>{{label}} <span class="chip-count"><span class="visually-hidden">(</span>{{count}}<span class="visually-hidden">)</span></span></a></li>
    {{/allExperts}}{{#levels}}<li><a class="chip" href="{{url}}"{{#ariaCurrent}} aria-current="{{ariaCurrent}}"{{/ariaCurrent}}>{{label}} <span class="chip-count"><span class="visually-hidden">(</span>{{count}}<span class="visually-hidden">)</span></span></a></li>
    {{/levels}}</ul>
    </div>
    <div class="filter-group">
    <p class="filter-label" id="filter-country">Country</p>
    <ul class="chips" aria-labelledby="filter-country">
    {{#countries}}<li><a class="chip" href="{{url}}"{{#ariaCurrent}} aria-current="{{ariaCurrent}}"{{/ariaCurrent}}>{{label}} <span class="chip-count"><span class="visually-hidden">(</span>{{count}}<span class="visually-hidden">)</span></span></a></li>
    {{/countries}}</ul>
    </div>
    </nav>
    <section class="results" aria-labelledby="results">
    <h2 id="results">{{resultsHeading}}</h2>
    {{^empty(experts)}}<ul class="card-grid">
    {{#experts}}{{>expert-card}}{{/experts}}</ul>
    {{/empty(experts)}}{{#empty(experts)}}<p class="empty">No expert is listed here yet. <a href="{{allExperts.url}}">See every expert</a>.</p>
    {{/empty(experts)}}{{>pagination}}
    </section>
    {{/main}}{{/layout}}
    """

    static let expert = """
    {{<layout}}{{$main}}
    <article class="profile">
    <header class="profile-header">
    {{#photoURL}}<img class="profile-photo" src="{{photoURL}}" alt="{{photoAlt}}" width="144" height="144">
    {{/photoURL}}{{^photoURL}}<span class="profile-photo initials" aria-hidden="true">{{initials}}</span>
    {{/photoURL}}<div class="profile-intro">
    <h1>{{name}}</h1>
    <p class="profile-meta">{{countryName}}</p>
    {{#firm}}<p class="profile-meta"><a href="{{url}}">{{label}}</a></p>
    {{/firm}}
    <p class="rate">{{rate}}</p>
    </div>
    </header>
    <div class="profile-layout">
    <div class="profile-side">
    <section class="panel" aria-labelledby="certifications">
    <h2 id="certifications">Certifications</h2>
    <ul class="cert-list">
    {{#certifications}}<li><span class="cert-name"><bdi>{{name}}</bdi></span> <a class="badge" href="{{levelURL}}">{{level}}</a></li>
    {{/certifications}}</ul>
    </section>
    {{^empty(skills)}}<section class="panel" aria-labelledby="skills">
    <h2 id="skills">Skills</h2>
    <ul class="tags">{{#skills}}<li>{{.}}</li>{{/skills}}</ul>
    </section>
    {{/empty(skills)}}</div>
    <div class="profile-main">
    <section class="prose" aria-labelledby="about">
    <h2 id="about">About</h2>
    {{{bioHTML}}}
    </section>
    {{^empty(links)}}<section aria-labelledby="work">
    <h2 id="work">Examples of work</h2>
    <ul class="link-list">{{#links}}<li><a href="{{url}}" rel="nofollow ugc noopener">{{label}}</a></li>{{/links}}</ul>
    </section>
    {{/empty(links)}}</div>
    </div>
    {{#firm}}<section class="section" aria-labelledby="reviews">
    <h2 id="reviews">Reviews of <bdi>{{label}}</bdi></h2>
    {{#averageText}}<p class="rating-summary">{{averageText}}.</p>
    {{/averageText}}{{^averageText}}<p class="empty">No reviews yet.</p>
    {{/averageText}}{{>reviews}}</section>
    {{/firm}}</article>
    {{/main}}{{/layout}}
    """

    static let firmList = """
    {{<layout}}{{$main}}
    <header class="page-header">
    <h1>{{layout.pageTitle}}</h1>
    <p class="lede">Consulting firms, the certified experts who work for them, and what their customers say.</p>
    </header>
    <section class="results" aria-labelledby="results">
    <h2 id="results">{{resultsHeading}}</h2>
    {{^empty(firms)}}<ul class="card-grid">
    {{#firms}}<li class="card firm-card">
    <h3 class="card-title"><a href="{{url}}">{{name}}</a></h3>
    <p class="card-meta">{{countryName}}</p>
    <p class="card-meta">{{expertCountText.text}}</p>
    {{#averageRating}}<p class="card-rating"><span class="star" aria-hidden="true">★</span> {{averageRating}} out of 5 <span class="card-meta">from {{reviewCountText.text}}</span></p>
    {{/averageRating}}{{^averageRating}}<p class="card-meta">No reviews yet</p>
    {{/averageRating}}</li>
    {{/firms}}</ul>
    {{/empty(firms)}}{{#empty(firms)}}<p class="empty">No firms yet.</p>
    {{/empty(firms)}}{{>pagination}}
    </section>
    {{/main}}{{/layout}}
    """

    static let firm = """
    {{<layout}}{{$main}}
    <article class="firm">
    <header class="page-header">
    <h1>{{name}}</h1>
    <p class="profile-meta">{{countryName}}<span class="sep" aria-hidden="true"> · </span><span class="visually-hidden">, </span>{{expertCountText.text}}</p>
    {{#averageText}}<p class="rating-summary"><span class="star" aria-hidden="true">★</span> {{averageText}}</p>
    {{/averageText}}</header>
    {{#aboutHTML}}<section class="prose" aria-labelledby="about">
    <h2 id="about">About</h2>
    {{{aboutHTML}}}
    </section>
    {{/aboutHTML}}<section class="section" aria-labelledby="experts">
    <h2 id="experts">Experts</h2>
    {{^empty(experts)}}<ul class="card-grid">
    {{#experts}}{{>expert-card}}{{/experts}}</ul>
    {{/empty(experts)}}{{#empty(experts)}}<p class="empty">No experts listed.</p>
    {{/empty(experts)}}</section>
    <section class="section" aria-labelledby="reviews">
    <h2 id="reviews">Reviews</h2>
    {{#empty(reviews)}}<p class="empty">No reviews yet.</p>
    {{/empty(reviews)}}{{>reviews}}</section>
    </article>
    {{/main}}{{/layout}}
    """

    static let requestList = """
    {{<layout}}{{$head}}{{#feedURL}}<link rel="alternate" type="application/atom+xml" title="{{layout.siteTitle}}: requests (Atom)" href="{{feedURL}}">
    {{/feedURL}}{{#jsonFeedURL}}<link rel="alternate" type="application/feed+json" title="{{layout.siteTitle}}: requests (JSON Feed)" href="{{jsonFeedURL}}">
    {{/jsonFeedURL}}{{/head}}{{$main}}
    <header class="page-header">
    <h1>{{layout.pageTitle}}</h1>
    <p class="lede">What customers need help with, newest first. Requests closed to responses stay listed, marked as closed.</p>
    {{#feedURL}}<p class="feed">Follow new requests with the <a href="{{feedURL}}">Atom feed</a>{{#jsonFeedURL}} or the <a href="{{jsonFeedURL}}">JSON Feed</a>{{/jsonFeedURL}}</p>
    {{/feedURL}}</header>
    <section class="results" aria-labelledby="results">
    <h2 id="results">{{resultsHeading}}</h2>
    {{^empty(requests)}}<ul class="card-list">
    {{#requests}}{{>request-card}}{{/requests}}</ul>
    {{/empty(requests)}}{{#empty(requests)}}<p class="empty">No requests yet.</p>
    {{/empty(requests)}}{{>pagination}}
    </section>
    {{/main}}{{/layout}}
    """

    static let request = """
    {{<layout}}{{$main}}
    <article class="request">
    <header class="page-header">
    <h1>{{title}}</h1>
    <p class="status-line"><span class="status {{#accepting}}status-open{{/accepting}}{{^accepting}}status-closed{{/accepting}}">{{statusLabel}}</span></p>
    {{^accepting}}<p class="note">The customer is no longer accepting responses to this request.</p>
    {{/accepting}}</header>
    <div class="split">
    <section class="split-main" aria-labelledby="needs">
    <h2 id="needs">What the customer needs</h2>
    <p class="description">{{description}}</p>
    </section>
    <section class="panel split-side" aria-labelledby="details">
    <h2 id="details">Details</h2>
    <dl class="facts">
    <div><dt>Budget</dt><dd>{{budget}}</dd></div>
    <div><dt>Preferred expert country</dt><dd>{{countryName}}</dd></div>
    <div><dt>Posted by</dt><dd>{{customerName}}</dd></div>
    <div><dt>Posted on</dt><dd><time datetime="{{created}}">{{created}}</time></dd></div>
    </dl>
    </section>
    </div>
    <section class="section" aria-labelledby="responses">
    <h2 id="responses">Responding experts</h2>
    {{^empty(responders)}}<p class="card-meta">{{responseCountText}}</p>
    <ul class="link-list">{{#responders}}<li><a href="{{url}}">{{label}}</a></li>{{/responders}}</ul>
    {{/empty(responders)}}{{#empty(responders)}}<p class="empty">No expert has responded yet.</p>
    {{/empty(responders)}}</section>
    </article>
    {{/main}}{{/layout}}
    """

    static let notFound = """
    {{<layout}}{{$main}}
    <div class="not-found">
    <p class="kicker">Error 404</p>
    <h1>Page not found</h1>
    <p class="lede">There is no page at this address. The link may be mistyped, or the page may have moved.</p>
    <ul class="link-list">
    <li><a href="{{layout.homeURL}}">Home page</a></li>
    <li><a href="{{expertsURL}}">Browse experts</a></li>
    <li><a href="{{firmsURL}}">Browse firms</a></li>
    <li><a href="{{requestsURL}}">Browse requests</a></li>
    </ul>
    </div>
    {{/main}}{{/layout}}
    """
}
