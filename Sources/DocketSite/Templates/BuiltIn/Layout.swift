extension BuiltInTemplates {
    /// The frame of every page. Pages fill `{{$main}}`.
    static let layout = """
    <!DOCTYPE html>
    <html lang="{{layout.language}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{layout.pageTitle}} · {{layout.siteTitle}}</title>
    <meta name="description" content="{{layout.description}}">
    {{#layout.noindex}}<meta name="robots" content="noindex">
    {{/layout.noindex}}{{#layout.canonical}}<link rel="canonical" href="{{layout.canonical}}">
    {{/layout.canonical}}<link rel="stylesheet" href="{{layout.stylesheet}}">
    </head>
    <body>
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
    <div class="wrap">
    <a class="brand" href="{{layout.homeURL}}">{{layout.siteTitle}}</a>
    <nav aria-label="Main">
    <ul>
    {{#layout.nav}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
    {{/layout.nav}}</ul>
    </nav>
    </div>
    </header>
    <main id="main" class="wrap">
    {{$main}}{{/main}}
    </main>
    <footer class="site-footer">
    <div class="wrap">
    <p>{{layout.siteTitle}} · published with Docket</p>
    </div>
    </footer>
    {{#layout.liveReload}}<script src="{{layout.liveReload}}"></script>
    {{/layout.liveReload}}</body>
    </html>

    """
}
