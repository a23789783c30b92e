extension BuiltInTemplates {
    /// System fonts only, no images, nothing loaded from elsewhere. Colour pairs meet WCAG AA
    /// (4.5:1 for text, 3:1 for borders and focus rings) in the light and the dark scheme.
    static let stylesheet = """
    /* Docket built-in stylesheet. Replace it with templates/assets/docket.css. */
    :root {
      --bg: #ffffff;
      --surface: #f5f7fa;
      --surface-strong: #e9eef5;
      --ink: #172033;
      --muted: #4b5567;
      --line: #d6dde7;
      --line-strong: #8792a2;
      --accent: #0b5cad;
      --accent-strong: #083f78;
      --accent-soft: #e7f0fb;
      --focus: #0b5cad;
      --ok: #17653a;
      --ok-soft: #e5f4ea;
      --warn: #7f4a00;
      --warn-soft: #fcf0dc;
      --bad: #a12619;
      --bad-soft: #fbe8e5;
      --neutral: #4b5567;
      --neutral-soft: #eef1f5;
      --star: #8f5600;
      --radius: .6rem;
      --shadow: 0 1px 2px rgba(23, 32, 51, .06), 0 1px 1px rgba(23, 32, 51, .04);
      --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
      --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
      color-scheme: light dark;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #10151f;
        --surface: #171e2b;
        --surface-strong: #222b3b;
        --ink: #e8edf4;
        --muted: #aab4c3;
        --line: #2d3748;
        --line-strong: #6b778a;
        --accent: #8cbcf5;
        --accent-strong: #b9d6fa;
        --accent-soft: #1b2c45;
        --focus: #8cbcf5;
        --ok: #8fd6a8;
        --ok-soft: #15301f;
        --warn: #f0c07a;
        --warn-soft: #362711;
        --bad: #f5a79c;
        --bad-soft: #3a1a16;
        --neutral: #c3cbd6;
        --neutral-soft: #252e3d;
        --star: #f0c07a;
        --shadow: none;
      }
    }

    /* Base */
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; min-height: 100vh; display: flex; flex-direction: column;
      font-family: var(--font); font-size: 1.0625rem; line-height: 1.6;
      color: var(--ink); background: var(--bg); overflow-wrap: break-word;
    }
    main { flex: 1 0 auto; }
    img { max-width: 100%; height: auto; }
    a { color: var(--accent); text-decoration-thickness: .08em; text-underline-offset: .18em; }
    a:hover { color: var(--accent-strong); text-decoration-thickness: .14em; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
    main:focus { outline: none; }
    h1, h2, h3, h4, h5 { line-height: 1.25; color: var(--ink); }
    h1, h2 { text-wrap: balance; }
    h1 { font-size: clamp(1.6rem, 1.2rem + 1.8vw, 2.25rem); letter-spacing: -.015em; margin: 0 0 .5rem; }
    h2 { font-size: 1.5rem; margin: 2.25rem 0 .75rem; letter-spacing: -.01em; }
    h3 { font-size: 1.125rem; margin: 1.5rem 0 .5rem; }
    h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
    h5 { font-size: .95rem; margin: 1rem 0 .4rem; color: var(--muted); }
    p, ul, ol, dl, blockquote, figure { margin-top: 0; }
    code { font-family: var(--mono); font-size: .9em; }
    time { font-variant-numeric: tabular-nums; white-space: nowrap; }
    .visually-hidden {
      position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
      overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
    }
    .wrap { width: 100%; max-width: 72rem; margin: 0 auto; padding-left: 1.25rem; padding-right: 1.25rem; }
    .muted, .card-meta { color: var(--muted); }
    .money { font-variant-numeric: tabular-nums; white-space: nowrap; }

    /* Skip link: off screen until focused */
    .skip-link {
      position: absolute; left: 1rem; top: -4rem; z-index: 10; padding: .6rem 1rem;
      background: var(--ink); color: var(--bg); font-weight: 600; border-radius: 0 0 var(--radius) var(--radius);
    }
    .skip-link:focus { top: 0; color: var(--bg); }

    /* Header and navigation */
    .site-header { background: var(--bg); border-bottom: 1px solid var(--line); }
    .site-header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; padding-top: .8rem; padding-bottom: .8rem; }
    .brand { display: inline-flex; align-items: center; gap: .6rem; font-weight: 700; font-size: 1.125rem; color: var(--ink); text-decoration: none; letter-spacing: -.01em; }
    .brand:hover { color: var(--accent-strong); }
    .brand-mark { width: 1.6rem; height: 1.6rem; border-radius: .45rem; flex: none; background: linear-gradient(135deg, var(--accent) 50%, var(--accent-strong) 50%); }
    .site-nav ul { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: 0; }
    .site-nav a { display: block; padding: .4rem .75rem; border-radius: 999px; color: var(--ink); text-decoration: none; font-weight: 500; }
    .site-nav a:hover { background: var(--surface); text-decoration: underline; }
    .site-nav a[aria-current] { background: var(--accent-soft); color: var(--accent-strong); font-weight: 700; box-shadow: inset 0 0 0 1px var(--accent); }
    .breadcrumbs { margin-top: 1rem; font-size: .9375rem; }
    .breadcrumbs ol { display: flex; flex-wrap: wrap; list-style: none; margin: 0; padding: 0; color: var(--muted); }
    .breadcrumbs li + li::before { content: "/"; margin: 0 .5rem; color: var(--line-strong); }
    .breadcrumbs [aria-current] { color: var(--muted); }

    main { padding-top: 1.5rem; padding-bottom: 4rem; }

    /* Footer */
    .site-footer { border-top: 1px solid var(--line); background: var(--surface); color: var(--muted); font-size: .9375rem; }
    .site-footer p { margin: 0; padding: 1.25rem 0; }

    /* Page headers and sections */
    .page-header { margin-bottom: 1.5rem; }
    .lede { font-size: 1.125rem; color: var(--muted); max-width: 42rem; margin-bottom: .75rem; }
    .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8125rem; font-weight: 700; color: var(--muted); margin: 0 0 .25rem; }
    .section { margin-top: 2.5rem; }
    .section > h2:first-child, .results > h2:first-child { margin-top: 0; }
    .results { margin-top: 1.75rem; }
    .results > h2 { font-size: 1.125rem; color: var(--muted); font-weight: 600; }
    .empty { color: var(--muted); }
    .more { margin-top: 1rem; font-weight: 600; }
    .note { background: var(--surface); border-left: 4px solid var(--line-strong); padding: .75rem 1rem; border-radius: 0 var(--radius) var(--radius) 0; max-width: 48rem; }
    .panel { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; }
    .panel > h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .75rem; }
    .panel + .panel { margin-top: 1rem; }

    /* Home */
    .hero { padding: 1.5rem 0 1rem; }
    .hero h1 { font-size: clamp(1.9rem, 1.3rem + 2.6vw, 2.9rem); }
    .stats { list-style: none; margin: 1.5rem 0 0; padding: 0; display: grid; gap: .6rem; grid-template-columns: repeat(3, minmax(0, 1fr)); max-width: 48rem; }
    .stat { display: block; height: 100%; padding: .8rem 1rem; border: 1px solid var(--line); border-radius: var(--radius); background: var(--surface); color: var(--ink); text-decoration: none; }
    .stat:hover { border-color: var(--accent); color: var(--ink); }
    .stat-number { display: block; font-size: clamp(1.5rem, 1.1rem + 1.5vw, 2.1rem); font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; color: var(--accent-strong); }
    .stat-label { font-weight: 600; }
    .stat-note { display: block; font-size: .875rem; line-height: 1.35; color: var(--muted); }
    .browse { display: grid; gap: 0 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); }
    .browse h3 { font-size: 1rem; margin-top: .5rem; }

    /* Chips (filters) */
    .filters { border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: .75rem 0; display: grid; gap: .5rem; }
    .filter-group { display: flex; flex-wrap: wrap; align-items: baseline; gap: .35rem 1rem; }
    .filter-label { margin: 0; font-size: .875rem; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); min-width: 11rem; }
    .chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
    .chip { display: inline-flex; align-items: center; gap: .45rem; padding: .3rem .5rem .3rem .8rem; border: 1px solid var(--line-strong); border-radius: 999px; color: var(--ink); text-decoration: none; background: var(--bg); line-height: 1.35; }
    .chip:hover { border-color: var(--accent); color: var(--accent-strong); background: var(--accent-soft); }
    .chip-count { display: inline-block; min-width: 1.6rem; padding: 0 .45rem; border-radius: 999px; background: var(--surface-strong); color: var(--ink); font-size: .8125rem; font-weight: 600; text-align: center; font-variant-numeric: tabular-nums; }
    .chip[aria-current] { background: var(--accent-strong); border-color: var(--accent-strong); color: #ffffff; font-weight: 600; }
    .chip[aria-current] .chip-count { background: #ffffff; color: var(--accent-strong); }
    @media (prefers-color-scheme: dark) {
      .chip[aria-current] { background: var(--accent); border-color: var(--accent); color: #10151f; }
      .chip[aria-current] .chip-count { background: #10151f; color: var(--accent); }
    }

    /* Cards */
    .card-grid, .card-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
    .card-grid { grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); }
    .card { position: relative; display: flex; flex-direction: column; gap: .5rem; padding: 1.1rem 1.25rem; border: 1px solid var(--line); border-radius: var(--radius); background: var(--bg); box-shadow: var(--shadow); }
    .card:hover { border-color: var(--line-strong); }
    @supports selector(:has(*)) {
      .card:has(.card-title a:focus-visible) { outline: 3px solid var(--focus); outline-offset: 2px; }
      .card-title a:focus-visible { outline: none; }
    }
    .card p, .card ul, .card dl { margin: 0; }
    .card-title { margin: 0; font-size: 1.125rem; }
    .card-title a { color: var(--ink); text-decoration: none; }
    .card-title a::after { content: ""; position: absolute; top: 0; right: 0; bottom: 0; left: 0; border-radius: var(--radius); }
    .card-title a:hover { color: var(--accent); text-decoration: underline; }
    .card-head { display: flex; gap: .9rem; align-items: flex-start; }
    .card-head .card-title { margin-top: .15rem; }
    .card-meta { font-size: .9375rem; }
    .card-rating { font-weight: 600; }
    .card-rating .card-meta { font-weight: 400; }
    .card-status { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .75rem; }
    .card-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem 1rem; font-size: .9375rem; }
    .card-facts > div { display: contents; }
    .card-facts dt { color: var(--muted); }
    .card-facts dd { margin: 0; font-weight: 500; }
    .request-card.is-closed { background: var(--surface); }
    .avatar { width: 3.5rem; height: 3.5rem; border-radius: 50%; flex: none; object-fit: cover; }
    .initials { display: inline-flex; align-items: center; justify-content: center; background: var(--accent-soft); color: var(--accent-strong); font-weight: 700; letter-spacing: .02em; }
    .avatar.initials { font-size: 1.1rem; }
    .rate { font-weight: 600; }

    /* Badges, tags and status labels */
    .badges { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
    .badge { display: inline-block; padding: .05rem .6rem; border: 1px solid var(--line-strong); border-radius: 999px; background: var(--bg); color: var(--ink); font-size: .8125rem; font-weight: 600; line-height: 1.6; text-decoration: none; white-space: nowrap; }
    a.badge:hover { border-color: var(--accent); color: var(--accent-strong); background: var(--accent-soft); }
    .tags { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
    .tags li { padding: .05rem .55rem; border-radius: .3rem; background: var(--surface-strong); font-size: .875rem; }
    .tags .tag-more { background: none; color: var(--muted); }
    .status { display: inline-block; padding: .1rem .65rem; border-radius: 999px; font-size: .875rem; font-weight: 700; line-height: 1.5; border: 1px solid currentColor; background: var(--neutral-soft); color: var(--neutral); white-space: nowrap; }
    .status-open, .status-accepted, .status-completed { color: var(--ok); background: var(--ok-soft); }
    .status-awaiting, .status-requested, .status-proposed { color: var(--warn); background: var(--warn-soft); }
    .status-declined, .status-withdrawn { color: var(--bad); background: var(--bad-soft); }
    .status-closed, .status-revoked { color: var(--neutral); background: var(--neutral-soft); }
    .status-note { display: block; margin-top: .2rem; font-size: .875rem; color: var(--muted); }
    .status-line { margin: .25rem 0 0; }

    /* Profiles */
    .profile-header { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem 1.5rem; margin-bottom: 2rem; }
    .profile-photo { width: 9rem; height: 9rem; border-radius: 1rem; object-fit: cover; flex: none; }
    .profile-photo.initials { font-size: 2.5rem; }
    .profile-intro { flex: 1 1 16rem; min-width: 0; }
    .profile-intro h1 { margin-bottom: .25rem; }
    .profile-meta { color: var(--muted); margin: 0 0 .2rem; font-size: 1.0625rem; }
    .profile-intro .rate { margin: .5rem 0 0; font-size: 1.125rem; }
    .profile-layout { display: grid; gap: 2rem; grid-template-columns: minmax(0, 1fr); }
    .cert-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
    .cert-list li { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .25rem .5rem; }
    .cert-name { font-weight: 600; font-size: .975rem; line-height: 1.4; }
    .link-list { padding-left: 1.25rem; }
    .link-list li { margin-bottom: .4rem; }
    .rating-summary { font-weight: 600; }
    .star { color: var(--star); }

    /* Text written by people (bios, firm pages, proposal bodies): pre-rendered markdown */
    .prose { max-width: 42rem; }
    .prose > h2:first-child { margin-top: 0; }
    .prose p, .prose ul, .prose ol { margin-bottom: 1rem; }
    .prose ul, .prose ol { padding-left: 1.5rem; }
    .prose li { margin-bottom: .3rem; }
    .prose li > ul, .prose li > ol { margin: .3rem 0 .5rem; }
    .prose h3 { font-size: 1.175rem; margin-top: 1.75rem; }
    .prose h4 { font-size: 1.05rem; margin-top: 1.5rem; }
    .prose h5 { font-size: .95rem; text-transform: uppercase; letter-spacing: .05em; }
    .prose h2 + h3 { margin-top: .5rem; }

    /* Reviews */
    .reviews { list-style: none; margin: 1rem 0 0; padding: 0; display: grid; gap: 1rem; max-width: 48rem; }
    .review figure { margin: 0; padding: 1rem 1.25rem; border: 1px solid var(--line); border-radius: var(--radius); background: var(--surface); }
    .rating { margin: 0 0 .5rem; display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem .6rem; }
    .stars { color: var(--star); font-size: 1.125rem; letter-spacing: .12em; }
    .rating-text { font-weight: 600; font-size: .9375rem; }
    .review blockquote { margin: 0 0 .6rem; }
    .review blockquote p { margin: 0; }
    .review figcaption { color: var(--muted); font-size: .9375rem; }
    .review figcaption::before { content: "— "; }

    /* Facts (definition lists) */
    .facts { display: grid; gap: .6rem 1.5rem; margin: 0; }
    .facts > div { display: grid; gap: 0 1rem; grid-template-columns: minmax(0, 1fr); }
    .facts dt { font-size: .8125rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
    .facts dd { margin: 0; font-weight: 500; }

    /* Requests */
    .split { display: grid; gap: 1.5rem 2.5rem; grid-template-columns: minmax(0, 1fr); align-items: start; }
    .split-main > h2 { margin-top: 0; }
    .split-side > h2 { margin-top: 0; }
    .description { max-width: 42rem; }

    /* Proposals */
    .document-header { padding-bottom: 1.25rem; margin-bottom: 1.75rem; border-bottom: 1px solid var(--line); }
    .document-header h1 { max-width: 48rem; }
    .document-facts { margin-top: 1.25rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr)); }
    .document-facts .money { font-size: 1.125rem; font-weight: 700; }
    .summary { display: grid; gap: .75rem; margin: 0 0 1.25rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 10.5rem), 1fr)); }
    .summary > div { padding: .75rem 1rem; border: 1px solid var(--line); border-radius: var(--radius); background: var(--surface); }
    .summary dt { font-size: .875rem; color: var(--muted); }
    .summary dd { margin: 0; font-size: 1.25rem; font-weight: 700; }
    .summary .summary-remaining { border-color: var(--accent); background: var(--accent-soft); }

    /* Tables */
    .table-wrap { overflow-x: auto; margin: 0 0 1rem; }
    .data-table { width: 100%; border-collapse: collapse; font-size: .9375rem; }
    .data-table caption { caption-side: top; text-align: left; color: var(--muted); font-size: .9375rem; padding-bottom: .5rem; }
    .data-table th, .data-table td { text-align: left; vertical-align: top; padding: .6rem .75rem; border-bottom: 1px solid var(--line); }
    .data-table thead th { font-size: .8125rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border-bottom: 2px solid var(--line-strong); white-space: nowrap; }
    .data-table tbody th { font-weight: 600; }
    .data-table tfoot th, .data-table tfoot td { border-bottom: 0; border-top: 2px solid var(--line-strong); font-weight: 700; }
    .data-table .money { text-align: right; }
    .payments-table tbody th { white-space: nowrap; }
    .permissions-table code { font-size: .875rem; font-weight: 600; }
    .payment-declined td:not(:last-child), .payment-declined th { color: var(--muted); }

    /* Pagination */
    .pagination { margin-top: 2rem; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .75rem; }
    .pagination-status { margin: 0; color: var(--muted); }
    .pagination ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
    .pagination a { display: inline-block; min-width: 2.5rem; padding: .4rem .75rem; text-align: center; border: 1px solid var(--line-strong); border-radius: .4rem; text-decoration: none; }
    .pagination a:hover { background: var(--accent-soft); }
    .pagination-gap { align-self: center; padding: 0 .2rem; color: var(--muted); }
    .pagination a[aria-current] { background: var(--accent-strong); border-color: var(--accent-strong); color: #ffffff; font-weight: 700; }
    @media (prefers-color-scheme: dark) {
      .pagination a[aria-current] { background: var(--accent); border-color: var(--accent); color: #10151f; }
    }

    /* 404 */
    .not-found { max-width: 38rem; padding: 2rem 0; }

    /* Wider screens */
    @media (min-width: 48rem) {
      .profile-layout { grid-template-columns: minmax(0, 1fr) 19rem; grid-template-areas: "main side"; align-items: start; }
      .profile-main { grid-area: main; }
      .profile-side { grid-area: side; }
      .split { grid-template-columns: minmax(0, 1fr) 20rem; }
      .facts > div { grid-template-columns: minmax(0, 1fr); }
      .card-facts { display: flex; flex-wrap: wrap; gap: .2rem 2.25rem; }
      .card-facts > div { display: block; }
      .card-facts dt { font-size: .8125rem; }
    }

    /* Narrow screens: compact header blocks, and tables reflow into one block per row */
    @media screen and (max-width: 40rem) {
      body { font-size: 1rem; }
      .wrap { padding-left: 1rem; padding-right: 1rem; }
      .site-nav a { padding: .35rem .6rem; }
      .site-nav ul { gap: .125rem; margin-left: -.45rem; }
      .breadcrumbs li { display: none; }
      .breadcrumbs li:nth-last-child(2) { display: block; }
      .breadcrumbs li:nth-last-child(2)::before { content: "← "; margin: 0; color: inherit; }
      main { padding-top: 1rem; }
      .stats { grid-template-columns: minmax(0, 1fr); gap: .5rem; }
      .stat { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 .5rem; padding: .6rem .9rem; }
      .stat-number { display: inline; font-size: 1.5rem; }
      .stat-note { flex-basis: 100%; }
      .profile-header { flex-wrap: nowrap; align-items: flex-start; gap: 1rem; margin-bottom: 1.5rem; }
      .profile-photo { width: 5.5rem; height: 5.5rem; border-radius: .75rem; }
      .profile-photo.initials { font-size: 1.6rem; }
      .filter-label { min-width: 0; width: 100%; }
      .card { padding: 1rem; }
      .summary { grid-template-columns: minmax(0, 1fr); gap: 0; border: 1px solid var(--line); border-radius: var(--radius); overflow: hidden; }
      .summary > div { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0 1rem; border: 0; border-radius: 0; border-bottom: 1px solid var(--line); padding: .55rem .9rem; }
      .summary > div:last-child { border-bottom: 0; }
      .summary dd { font-size: 1.0625rem; }
      .data-table, .data-table caption, .data-table tbody, .data-table tfoot, .data-table tr, .data-table th, .data-table td { display: block; }
      .data-table caption { padding-bottom: .75rem; }
      .data-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); }
      .data-table tr { border: 1px solid var(--line); border-radius: var(--radius); padding: .6rem .9rem; margin-bottom: .75rem; background: var(--bg); }
      .data-table tfoot tr { background: var(--surface); }
      .data-table th, .data-table td, .data-table tfoot th, .data-table tfoot td { border: 0; padding: .25rem 0; white-space: normal; text-align: left; }
      .data-table td:empty { display: none; }
      .data-table .money { text-align: left; }
      .data-table [data-label] { display: grid; grid-template-columns: minmax(6.5rem, 40%) minmax(0, 1fr); gap: 0 .75rem; align-items: baseline; }
      .data-table [data-label]::before { content: attr(data-label); font-size: .875rem; font-weight: 600; color: var(--muted); }
      .data-table .cell-text { display: block; }
      .data-table .cell-text::before { display: block; }
      .data-table .cell-title { font-size: 1rem; padding-bottom: .45rem; margin-bottom: .3rem; border-bottom: 1px solid var(--line); }
      .data-table tbody th[data-label] { font-weight: 600; }
    }

    @media screen and (max-width: 23rem) {
      .site-nav a { padding: .3rem .45rem; font-size: .9375rem; }
    }

    /* Paper: the page content only, black on white, link targets written out */
    @media print {
      @page { margin: 16mm 15mm 18mm; }
      :root { --bg: #ffffff; --surface: #ffffff; --surface-strong: #ffffff; --ink: #000000; --muted: #333333; --line: #b5b5b5; --line-strong: #555555; --accent: #000000; --accent-strong: #000000; --accent-soft: #ffffff; --ok: #000000; --warn: #000000; --bad: #000000; --neutral: #000000; --star: #000000; --shadow: none; }
      body { display: block; font-size: 10.5pt; line-height: 1.45; background: #ffffff; color: #000000; }
      .skip-link, .site-nav, .breadcrumbs, .site-footer, .pagination, .filters, .more, .feed { display: none !important; }
      .site-header { border-bottom: 1px solid #000000; }
      .site-header-inner { padding: 0 0 .3rem; }
      .brand { font-size: 10pt; }
      .brand-mark { display: none; }
      .wrap { max-width: none; padding: 0; }
      main#main { padding: 1.25rem 0 0; }
      a { color: #000000; text-decoration: underline; }
      a[href]:not([href^="http"]):not([href^="mailto:"]) { text-decoration: none; }
      .prose a[href^="http"]::after, .link-list a[href^="http"]::after, .prose a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 88%; word-break: break-all; text-decoration: none; }
      .card-title a::after { content: none; }
      .prose, .description, .reviews, .lede { max-width: none; }
      h1 { font-size: 20pt; }
      h2 { font-size: 14pt; margin-top: 1.5rem; }
      h1, h2, h3, h4, h5, caption { break-after: avoid; page-break-after: avoid; }
      p, li, blockquote { orphans: 3; widows: 3; }
      tr, .card, .review, .summary, .facts > div, .note, .keep-together { break-inside: avoid; page-break-inside: avoid; }
      .section, .prose, .table-wrap { overflow: visible; }
      .table-wrap { overflow: visible; }
      thead { display: table-header-group; }
      tfoot { display: table-row-group; }
      .data-table { font-size: 9.5pt; }
      .data-table th, .data-table td { padding: .35rem .45rem; }
      .data-table thead th { white-space: normal; letter-spacing: .02em; font-size: 8pt; }
      .payments-table tbody td:nth-child(2) { width: 36%; }
      .permissions-table tbody td { width: 30%; }
      .document-facts { grid-template-columns: 1fr 1fr; }
      .summary { grid-template-columns: repeat(5, minmax(0, 1fr)); gap: .4rem; }
      .summary > div { padding: .4rem .6rem; }
      .summary dt { font-size: 8.5pt; }
      .summary dd { font-size: 12pt; }
      .status { border: 1px solid #000000; background: none; color: #000000; padding: 0 .4rem; }
      .panel, .summary > div, .review figure, .stat, .note { background: none; border-color: #999999; }
      .profile-layout, .split { display: block; }
      .panel { margin-bottom: 1rem; }
      .profile-main { margin-top: 1.5rem; }
      .tags li { background: none; border: 1px solid #999999; }
      .document-header { border-bottom: 2px solid #000000; }
    }

    """
}
