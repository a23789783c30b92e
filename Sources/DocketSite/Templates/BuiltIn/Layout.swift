extension BuiltInTemplates {
    /// The frame of every page. The head carries link previews (Open Graph, Twitter card)
    /// and the page's JSON-LD, which `layout.structuredData` holds already script-safe.
    /// Pages fill `{{$main}}`; `{{$head}}` (empty) and `{{$footer}}`
    /// can be filled too. Landmarks: one banner (header), the
    /// main navigation, breadcrumbs when the page has any, one main, one contentinfo (footer).
    static let layout = """
    <!DOCTYPE html>
    <html lang="{{layout.language}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{layout.documentTitle}}</title>
    <meta name="description" content="{{layout.description}}">
    <meta name="color-scheme" content="light dark">
    {{#layout.noindex}}<meta name="robots" content="noindex">
    {{/layout.noindex}}{{#layout.canonical}}<link rel="canonical" href="{{layout.canonical}}">
    {{/layout.canonical}}<meta property="og:type" content="{{layout.preview.type}}">
    <meta property="og:title" content="{{layout.preview.title}}">
    <meta property="og:description" content="{{layout.preview.description}}">
    <meta property="og:site_name" content="{{layout.preview.siteName}}">
    {{#layout.preview.url}}<meta property="og:url" content="{{layout.preview.url}}">
    {{/layout.preview.url}}{{#layout.preview.image}}<meta property="og:image" content="{{url}}">
    {{#width}}<meta property="og:image:width" content="{{width}}">
    {{/width}}{{#height}}<meta property="og:image:height" content="{{height}}">
    {{/height}}<meta property="og:image:alt" content="{{alt}}">
    {{/layout.preview.image}}<meta name="twitter:card" content="{{layout.preview.twitterCard}}">
    <meta name="twitter:title" content="{{layout.preview.title}}">
    <meta name="twitter:description" content="{{layout.preview.description}}">
    {{#layout.preview.image}}<meta name="twitter:image" content="{{url}}">
    <meta name="twitter:image:alt" content="{{alt}}">
    {{/layout.preview.image}}{{#layout.structuredData}}<script type="application/ld+json">{{{layout.structuredData}}}</script>
    {{/layout.structuredData}}<link rel="stylesheet" href="{{layout.stylesheet}}">
    {{$head}}{{/head}}</head>
    <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
    <div class="wrap site-header-inner">
    <a class="brand" href="{{layout.homeURL}}"><span class="brand-mark" aria-hidden="true"></span><bdi>{{layout.siteTitle}}</bdi></a>
    <nav class="site-nav" aria-label="Main">
    <ul>
    {{#layout.nav}}<li><a href="{{url}}"{{#ariaCurrent}} aria-current="{{ariaCurrent}}"{{/ariaCurrent}}>{{label}}</a></li>
    {{/layout.nav}}</ul>
    </nav>
    </div>
    </header>
    {{^empty(layout.breadcrumbs)}}<nav class="breadcrumbs wrap" aria-label="Breadcrumb">
    <ol>
    {{#layout.breadcrumbs}}<li><a href="{{url}}">{{label}}</a></li>
    {{/layout.breadcrumbs}}<li><span aria-current="page">{{layout.pageTitle}}</span></li>
    </ol>
    </nav>
    {{/empty(layout.breadcrumbs)}}<main id="main" class="wrap" tabindex="-1">
    {{$main}}{{/main}}
    </main>
    <footer class="site-footer">
    <div class="wrap">
    {{$footer}}<p><bdi>{{layout.siteTitle}}</bdi> · published with Docket</p>
    {{/footer}}</div>
    </footer>
    </body>
    </html>

    """
}
