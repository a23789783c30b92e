import DocketContent

/// Every rule, as data. The schema (`EntitySchemas`), the validator, `docket rules` and the
/// docs read their ids, severities and default limits from here and nowhere else.
public enum RuleTable {
    public static let all: [Rule] = files + structure + request + expert + firm + review
        + proposal + payment + permission + markdown + privacy + config + templates + builtSite

    /// Code points allowed per character of a length rule's maximum (`LengthLimit.maxScalars`):
    /// room for the longest emoji sequences (a family with skin tones is 7–10) and for
    /// scripts that stack marks, not for a name of 150,000 combining marks.
    public static let scalarsPerCharacter = 10

    public static let byID: [String: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func rule(_ id: String) -> Rule {
        guard let rule = byID[id] else { preconditionFailure("rule \(id) is not in the rule table") }
        return rule
    }

    static let files: [Rule] = [
        Rule("file.unreadable", .error, "A content file could not be read."),
        Rule("file.encoding", .error, "A content file must be valid UTF-8 (a byte order mark is allowed)."),
        Rule("file.too-large", .error, "A content file may not exceed the size cap (`max_file_size`, 1 MiB by default)."),
        Rule("file.symlink", .error, "Symbolic links under the content folder are not followed."),
        Rule("file.unexpected", .warning, "Files under the content folder belong in a type folder, as .yml, .yaml or .json, or in media/."),
        Rule("file.not-regular", .error, "A content file must be a regular file, not a FIFO, socket or device (it is never read)."),
        Rule("file.name-encoding", .error, "File names under the content folder must be valid UTF-8 (the name is shown with its other bytes as \\xHH)."),
        Rule("yaml.syntax", .error, "A YAML file must parse as one YAML document."),
        Rule("yaml.duplicate-key", .error, "A key may appear once per mapping."),
        Rule("yaml.alias-limit", .error, "Aliases may not expand a document past the node budget (alias bombs)."),
        Rule("yaml.depth", .error, "Documents may not nest deeper than the depth limit."),
        Rule("yaml.tag", .error, "Tags such as !!str are not supported: values are read as written and each field decides its type."),
        Rule("json.syntax", .error, "A JSON file must parse as one JSON value (RFC 8259)."),
        Rule("json.duplicate-key", .error, "A key may appear once per object."),
        Rule("json.depth", .error, "Documents may not nest deeper than the depth limit."),
        Rule("slug.invalid", .error, "A file name (its slug) matches ^[a-z0-9]+(?:-[a-z0-9]+)*$ and has at most 64 characters."),
        Rule("slug.duplicate", .error, "Two files of one type may not share a slug (a.yml and a.json)."),
    ]

    static let structure: [Rule] = [
        Rule("schema.type", .error, "A document is a mapping of keys to values."),
        Rule("schema.unknown-key", .error, "Only the keys of the content type are allowed."),
    ]

    static let request: [Rule] = [
        Rule("request.title", .error, "Request title: required, 10–140 characters.", length: .range(10, 140)),
        Rule("request.description", .error, "Request description: required plain text, 30–1500 characters after collapsing white space.", length: .range(30, 1500)),
        Rule("request.budget", .error, "Request budget: required, one of 50-100, 100-1000, 1000-10000, 10000+, unknown."),
        Rule("request.country", .error, "Request country: required, one of anywhere, FR, GB, US."),
        Rule("request.name", .error, "Customer's preferred name: required, 1–30 characters.", length: .range(1, 30)),
        Rule("request.email", .error, "Customer e-mail: required valid address, at most 254 characters; never published.", length: .atMost(254)),
        Rule("request.created", .error, "Request creation: required ISO 8601 date or date-time."),
        Rule("request.accepting_responses", .error, "Whether the request accepts responses: a boolean (default true)."),
        Rule("request.responses", .error, "Responding experts: a list of expert slugs that exist."),
        Rule("request.contact-details", .warning, "A request description should hold no e-mail address, phone number or URL."),
        Rule("request.markup", .warning, "A request description is plain text: markdown or HTML is shown literally."),
    ]

    static let expert: [Rule] = [
        Rule("expert.name", .error, "Expert display name: required, 1–30 characters.", length: .range(1, 30)),
        Rule("expert.email", .error, "Expert e-mail: required valid address, at most 254 characters; never published.", length: .atMost(254)),
        Rule("expert.country", .error, "Expert country: required, one of US, FR, GB."),
        Rule("expert.firm", .error, "Expert firm: the slug of a firm that exists."),
        Rule("expert.photo", .error, "Expert photo: a path inside content/media/ to a real JPEG, PNG or GIF file."),
        Rule("expert.certifications", .error, "Expert certifications: required, at least one."),
        Rule("certification.name", .error, "Certification name: required, 1–100 characters.", length: .range(1, 100)),
        Rule("certification.level", .error, "Certification level: associate, professional or specialty."),
        Rule("expert.hourly_rate", .error, "Hourly rate: a money amount, or {min, max} with min ≤ max."),
        Rule("expert.bio", .error, "Expert bio: required, 30–3000 characters of profile markdown.", length: .range(30, 3000)),
        Rule("expert.skills", .error, "Skills: at most 20 tags.", length: nil),
        Rule("expert.skill", .error, "Skill tag: 1–40 characters.", length: .range(1, 40)),
        Rule("expert.links", .error, "Links: a list of {title, url}."),
        Rule("link.title", .error, "Link title: required, 1–100 characters.", length: .range(1, 100)),
        Rule("link.url", .error, "Link URL: required, an absolute http or https URL."),
    ]

    static let firm: [Rule] = [
        Rule("firm.name", .error, "Firm name: required, 1–100 characters.", length: .range(1, 100)),
        Rule("firm.country", .error, "Firm country: required, one of US, FR, GB."),
        Rule("firm.about", .error, "Firm about: at most 3000 characters of profile markdown.", length: .atMost(3000)),
        Rule("firm.reviews", .error, "Firm reviews: a list of reviews."),
    ]

    static let review: [Rule] = [
        Rule("review.rating", .error, "Review rating: required whole number from 1 to 5."),
        Rule("review.text", .error, "Review text: plain text, at most 500 characters.", length: .atMost(500)),
        Rule("review.author", .error, "Review author: required, 1–30 characters.", length: .range(1, 30)),
        Rule("review.date", .error, "Review date: required ISO 8601 date or date-time."),
        Rule("review.proposal", .error, "Reviewed proposal: required; it exists, is completed, and its expert belongs to the firm."),
        Rule("review.would_work_again", .error, "Private feedback: yes or no; never published."),
        Rule("review.contact-details", .error, "A review text may hold no phone number and no postal address."),
        Rule("review.link-domain", .error, "A review text may link only to the hosts of review_link_domains."),
    ]

    static let proposal: [Rule] = [
        Rule("proposal.request", .error, "Proposal request: required, the slug of a request that exists."),
        Rule("proposal.expert", .error, "Proposal expert: required, the slug of an expert that exists."),
        Rule("proposal.not-responded", .warning, "A proposal's expert should be among its request's responses."),
        Rule("proposal.title", .error, "Proposal title: required, 10–140 characters.", length: .range(10, 140)),
        Rule("proposal.status", .error, "Proposal status: proposed (default), accepted, declined or withdrawn."),
        Rule("proposal.created", .error, "Proposal creation: required ISO 8601 date."),
        Rule("proposal.total", .error, "Proposal total: required money amount, the most the customer pays before fees."),
        Rule("proposal.body", .error, "Proposal body: required, 30–10000 characters of proposal markdown.", length: .range(30, 10000)),
        Rule("proposal.milestones", .error, "Milestones: a list whose amounts add up to at most the total."),
        Rule("milestone.title", .error, "Milestone title: required, 1–140 characters.", length: .range(1, 140)),
        Rule("milestone.amount", .error, "Milestone amount: a money amount."),
        Rule("milestone.due", .error, "Milestone due date: an ISO 8601 date."),
    ]

    static let payment: [Rule] = [
        Rule("proposal.payment_requests", .error, "Payment requests: only on an accepted proposal."),
        Rule("payment.amount", .error, "Payment amount: required money amount."),
        Rule("payment.description", .error, "Payment description: required plain text, 1–1500 characters.", length: .range(1, 1500)),
        Rule("payment.requested", .error, "Payment request date: required ISO 8601 date."),
        Rule("payment.status", .error, "Payment status: required, awaiting, accepted or declined."),
        Rule("payment.decided", .error, "Payment decision date: an ISO 8601 date, not before the request."),
        Rule("payment.final", .error, "Final payment: a boolean; at most one payment request is final and none is dated after it."),
        Rule("payment.total", .error, "Accepted and awaiting payment requests add up to at most the proposal total."),
    ]

    static let permission: [Rule] = [
        Rule("proposal.permission_requests", .error, "Permission requests: only on an accepted proposal."),
        Rule("permission.policy", .error, "Permission policy: required, one of the managed policies Docket knows."),
        Rule("permission.description", .error, "Permission description: plain text, at most 1500 characters.", length: .atMost(1500)),
        Rule("permission.status", .error, "Permission status: required, requested, accepted, declined or revoked."),
    ]

    static let markdown: [Rule] = [
        Rule("markdown.unsupported", .warning, "Markdown outside the field's subset is shown as literal text."),
        Rule("markdown.link-scheme", .error, "Links use http, https or mailto; others are shown as text."),
    ]

    static let privacy: [Rule] = [
        Rule("privacy.repeated-value", .error, "No public field repeats a private value of any content file (an e-mail address), as written or as it renders."),
    ]

    static let config: [Rule] = [
        Rule("config.syntax", .error, "docket.yml must be a YAML mapping."),
        Rule("config.unknown-key", .error, "Only the documented keys are allowed in docket.yml."),
        Rule("config.value", .error, "Each docket.yml key has a value of its type (see the configuration docs)."),
        Rule("config.limits", .error, "limits names length rules by id, each with an optional min and max (min ≤ max)."),
    ]

    /// What `docket build` and `docket serve` require of the site's own templates.
    static let templates: [Rule] = [
        Rule("template.partial", .error, "A template of the templates folder includes only partials that exist (its own files or the built-in templates)."),
    ]

    /// What `docket check` verifies in a built site.
    static let builtSite: [Rule] = [
        Rule("check.link", .error, "Every internal link and asset reference (CSS `url()` and `@import` included) is relative and names a file of the site; a folder only with `pretty_urls`, and only one that holds an `index.html`."),
        Rule("check.external", .error, "No page or stylesheet loads a script, style, font, image or frame from elsewhere (`<style>` `@import` and `url()` included)."),
        Rule("check.private-data", .error, "No file of the site holds a private field of the content (e-mail addresses, review feedback), however encoded, and no file or folder name does."),
        Rule("check.form", .error, "No page has a form that submits somewhere (`<form action>`, `formaction`): a static site cannot receive it."),
        Rule("check.ping", .error, "No link has a `ping` attribute, which reports the reader's clicks to another address."),
        Rule("check.refresh", .error, "No page reloads or redirects by itself with `<meta http-equiv=\"refresh\">`."),
        Rule("check.html", .error, "Every page parses as HTML."),
        Rule("check.xml", .error, "The sitemap (index and parts) and the Atom feed are well-formed XML."),
        Rule("check.json", .error, "The JSON Feed is a JSON object with a `version` and `items`."),
        Rule("check.sitemap", .error, "The sitemap and the feeds point only at pages of the site."),
        Rule("check.unreadable", .error, "Every file of the built site can be read."),
    ]
}
