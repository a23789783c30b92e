extension BuiltInTemplates {
    /// System fonts only: nothing is loaded from elsewhere.
    static let stylesheet = """
    :root { --ink: #1d2430; --muted: #4f5b6b; --line: #d5dbe3; --accent: #0b5cad; --bg: #ffffff; --soft: #f4f6f9; --ok: #1d6b36; --closed: #8a2c0d; }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.55; color: var(--ink); background: var(--bg); overflow-wrap: break-word; }
    .wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
    a { color: var(--accent); }
    a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    .skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; }
    .skip-link:focus { left: 1rem; }
    .site-header { border-bottom: 1px solid var(--line); background: var(--soft); }
    .site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; padding-top: .75rem; padding-bottom: .75rem; }
    .brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); text-decoration: none; }
    .site-header ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
    .site-header a[aria-current="page"] { font-weight: 700; color: var(--ink); }
    main { padding-top: 1.5rem; padding-bottom: 3rem; }
    h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .75rem; }
    h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; }
    h3 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
    .meta { color: var(--muted); margin: .25rem 0; }
    .cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
    .card { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; background: var(--bg); }
    .card h2, .card h3 { margin: 0 0 .25rem; font-size: 1.15rem; }
    .expert-card { display: flex; gap: 1rem; align-items: flex-start; }
    .avatar { border-radius: 50%; flex: none; }
    .photo { border-radius: .5rem; max-width: 100%; height: auto; }
    .badge { display: inline-block; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; font-size: .9rem; background: var(--soft); color: var(--ink); text-decoration: none; }
    .tags { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem; }
    .tags li { background: var(--soft); border-radius: .25rem; padding: 0 .5rem; font-size: .9rem; }
    .filters { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
    .filter-nav p { margin: .5rem 0 .25rem; font-weight: 600; }
    .filters a[aria-current="page"] { font-weight: 700; color: var(--ink); }
    .stats { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
    .stats li { background: var(--soft); border-radius: .5rem; padding: .75rem 1rem; }
    .status { font-weight: 600; margin: .25rem 0; }
    .status.open { color: var(--ok); }
    .status.closed { color: var(--closed); }
    .profile-header { display: flex; flex-wrap: wrap; gap: 1.25rem; align-items: center; }
    .rate { font-weight: 600; margin: .25rem 0; }
    .prose h3, .prose h4, .prose h5 { margin-top: 1.25rem; }
    .reviews { list-style: none; padding: 0; }
    .review { border-top: 1px solid var(--line); padding: .75rem 0; }
    .review blockquote { margin: .25rem 0; }
    .stars { color: #8a5a00; letter-spacing: .1em; }
    .rating { margin: 0; font-weight: 600; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; }
    .description { white-space: normal; }
    table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .95rem; }
    th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    td.money { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    section { overflow-x: auto; }
    .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0; font-size: .85rem; }
    .pagination ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
    .pagination a[aria-current="page"] { font-weight: 700; color: var(--ink); }
    .site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
    @media (max-width: 40rem) {
      h1 { font-size: 1.6rem; }
      .facts { grid-template-columns: 1fr; }
      .facts dd { margin-bottom: .5rem; }
      table { font-size: .85rem; }
    }
    @media print {
      .site-header nav, .site-footer, .skip-link, .pagination { display: none; }
      body { font-size: 11pt; color: #000; }
      a { color: #000; }
      .proposal a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
      table, tr { page-break-inside: avoid; }
      section { overflow: visible; }
    }

    """
}
