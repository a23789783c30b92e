extension BuiltInTemplates {
    static let home = """
    {{<layout}}{{$main}}
    <h1>{{layout.siteTitle}}</h1>
    <ul class="stats">
    <li><a href="{{expertsURL}}"><strong>{{expertCount}}</strong> experts</a></li>
    <li><a href="{{firmsURL}}"><strong>{{firmCount}}</strong> firms</a></li>
    <li><a href="{{requestsURL}}"><strong>{{requestCount}}</strong> requests</a>, {{openRequestCount}} accepting responses</li>
    </ul>
    <section aria-labelledby="newest">
    <h2 id="newest">Newest requests</h2>
    {{^empty(newestRequests)}}<ul class="cards">
    {{#newestRequests}}{{>request-card}}{{/newestRequests}}</ul>
    {{/empty(newestRequests)}}{{#empty(newestRequests)}}<p>No requests yet.</p>
    {{/empty(newestRequests)}}<p><a href="{{requestsURL}}">All requests</a></p>
    </section>
    <section aria-labelledby="browse">
    <h2 id="browse">Find an expert</h2>
    <h3>By certification level</h3>
    <ul class="filters">{{#levels}}<li><a href="{{url}}">{{label}}</a> ({{count}})</li>{{/levels}}</ul>
    <h3>By country</h3>
    <ul class="filters">{{#countries}}<li><a href="{{url}}">{{label}}</a> ({{count}})</li>{{/countries}}</ul>
    </section>
    {{/main}}{{/layout}}
    """

    static let expertList = """
    {{<layout}}{{$main}}
    <h1>{{heading}}</h1>
    <p>{{intro}}</p>
    <nav class="filter-nav" aria-label="Filter experts">
    <p>Level:</p>
    <ul class="filters">{{#levels}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a> ({{count}})</li>{{/levels}}</ul>
    <p>Country:</p>
    <ul class="filters">{{#countries}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a> ({{count}})</li>{{/countries}}</ul>
    </nav>
    {{^empty(experts)}}<ul class="cards">
    {{#experts}}{{>expert-card}}{{/experts}}</ul>
    {{/empty(experts)}}{{#empty(experts)}}<p>No experts here yet.</p>
    {{/empty(experts)}}{{>pagination}}
    {{/main}}{{/layout}}
    """

    static let expert = """
    {{<layout}}{{$main}}
    <article class="profile">
    <header class="profile-header">
    {{#photoURL}}<img class="photo" src="{{photoURL}}" alt="{{photoAlt}}" width="160" height="160">
    {{/photoURL}}<div>
    <h1>{{name}}</h1>
    <p class="meta">{{countryName}}{{#firm}} · <a href="{{url}}">{{label}}</a>{{/firm}}</p>
    <p class="rate">{{rate}}</p>
    </div>
    </header>
    <section aria-labelledby="certifications">
    <h2 id="certifications">Certifications</h2>
    <ul class="certifications">
    {{#certifications}}<li>{{name}} <a class="badge" href="{{levelURL}}">{{level}}</a></li>
    {{/certifications}}</ul>
    </section>
    <section aria-labelledby="about" class="prose">
    <h2 id="about">About</h2>
    {{{bioHTML}}}
    </section>
    {{^empty(skills)}}<section aria-labelledby="skills">
    <h2 id="skills">Skills</h2>
    <ul class="tags">{{#skills}}<li>{{.}}</li>{{/skills}}</ul>
    </section>
    {{/empty(skills)}}{{^empty(links)}}<section aria-labelledby="work">
    <h2 id="work">Examples of work</h2>
    <ul>{{#links}}<li><a href="{{url}}" rel="nofollow ugc noopener">{{label}}</a></li>{{/links}}</ul>
    </section>
    {{/empty(links)}}{{#firm}}<section aria-labelledby="reviews">
    <h2 id="reviews">Reviews of {{label}}</h2>
    {{#averageRating}}<p>Average rating {{averageRating}} out of 5 from {{reviewCount}} reviews.</p>
    {{/averageRating}}{{^averageRating}}<p>No reviews yet.</p>
    {{/averageRating}}{{>reviews}}</section>
    {{/firm}}</article>
    {{/main}}{{/layout}}
    """

    static let firmList = """
    {{<layout}}{{$main}}
    <h1>Firms</h1>
    {{^empty(firms)}}<ul class="cards">
    {{#firms}}<li class="card">
    <h2><a href="{{url}}">{{name}}</a></h2>
    <p class="meta">{{countryName}} · {{expertCount}} experts · {{reviewCount}} reviews{{#averageRating}} · average {{averageRating}} out of 5{{/averageRating}}</p>
    </li>
    {{/firms}}</ul>
    {{/empty(firms)}}{{#empty(firms)}}<p>No firms yet.</p>
    {{/empty(firms)}}{{>pagination}}
    {{/main}}{{/layout}}
    """

    static let firm = """
    {{<layout}}{{$main}}
    <article>
    <h1>{{name}}</h1>
    <p class="meta">{{countryName}}</p>
    {{#averageText}}<p class="average">{{averageText}}</p>
    {{/averageText}}{{#aboutHTML}}<section aria-labelledby="about" class="prose">
    <h2 id="about">About</h2>
    {{{aboutHTML}}}
    </section>
    {{/aboutHTML}}<section aria-labelledby="experts">
    <h2 id="experts">Experts</h2>
    {{^empty(experts)}}<ul class="cards">
    {{#experts}}{{>expert-card}}{{/experts}}</ul>
    {{/empty(experts)}}{{#empty(experts)}}<p>No experts listed.</p>
    {{/empty(experts)}}</section>
    <section aria-labelledby="reviews">
    <h2 id="reviews">Reviews</h2>
    {{#empty(reviews)}}<p>No reviews yet.</p>
    {{/empty(reviews)}}{{>reviews}}</section>
    </article>
    {{/main}}{{/layout}}
    """

    static let requestList = """
    {{<layout}}{{$main}}
    <h1>Requests</h1>
    <p>Newest first. <a href="{{feedURL}}">Atom feed</a></p>
    {{^empty(requests)}}<ul class="cards">
    {{#requests}}{{>request-card}}{{/requests}}</ul>
    {{/empty(requests)}}{{#empty(requests)}}<p>No requests yet.</p>
    {{/empty(requests)}}{{>pagination}}
    {{/main}}{{/layout}}
    """

    static let request = """
    {{<layout}}{{$main}}
    <article>
    <h1>{{title}}</h1>
    {{^accepting}}<p class="status closed">Closed to responses</p>
    {{/accepting}}{{#accepting}}<p class="status open">Accepting responses</p>
    {{/accepting}}<dl class="facts">
    <dt>Budget</dt><dd>{{budget}}</dd>
    <dt>Preferred expert location</dt><dd>{{countryName}}</dd>
    <dt>Posted by</dt><dd>{{customerName}}</dd>
    <dt>Posted on</dt><dd><time datetime="{{created}}">{{created}}</time></dd>
    </dl>
    <h2>Description</h2>
    <p class="description">{{description}}</p>
    <h2>Responding experts</h2>
    {{^empty(responders)}}<ul>{{#responders}}<li><a href="{{url}}">{{label}}</a></li>{{/responders}}</ul>
    {{/empty(responders)}}{{#empty(responders)}}<p>No expert has responded yet.</p>
    {{/empty(responders)}}</article>
    {{/main}}{{/layout}}
    """

    static let notFound = """
    {{<layout}}{{$main}}
    <h1>Page not found</h1>
    <p>There is no page at this address. Try the <a href="{{layout.homeURL}}">home page</a>.</p>
    {{/main}}{{/layout}}
    """
}
