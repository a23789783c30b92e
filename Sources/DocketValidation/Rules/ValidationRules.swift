import DocketContent
import DocketMarkdown

/// Every rule beyond the loader's (`ContentFileRules.swift`), as data: id, severity, one
/// sentence, and the default length limit that `limits` in docket.yml may override.
extension Rule {
    // MARK: structure

    public static let schemaType = Rule("schema.type", .error, "A document is a mapping of keys to values.")
    public static let schemaUnknownKey = Rule("schema.unknown-key", .error, "Only the keys of the content type are allowed.")

    // MARK: request

    public static let requestTitle = Rule("request.title", .error, "Request title: required, 10–140 characters.", length: .range(10, 140))
    public static let requestDescription = Rule("request.description", .error, "Request description: required plain text, 30–1500 characters after collapsing white space.", length: .range(30, 1500))
    public static let requestBudget = Rule("request.budget", .error, "Request budget: required, one of 50-100, 100-1000, 1000-10000, 10000+, unknown.")
    public static let requestCountry = Rule("request.country", .error, "Request country: required, one of anywhere, FR, GB, US.")
    public static let requestName = Rule("request.name", .error, "Customer's preferred name: required, 1–30 characters.", length: .range(1, 30))
    public static let requestEmail = Rule("request.email", .error, "Customer e-mail: required valid address, at most 254 characters; never published.", length: .atMost(254))
    public static let requestCreated = Rule("request.created", .error, "Request creation: required ISO 8601 date or date-time.")
    public static let requestAcceptingResponses = Rule("request.accepting_responses", .error, "Whether the request accepts responses: a boolean (default true).")
    public static let requestResponses = Rule("request.responses", .error, "Responding experts: a list of expert slugs that exist.")
    public static let requestContactDetails = Rule("request.contact-details", .warning, "A request description should hold no e-mail address, phone number or URL.")
    public static let requestMarkup = Rule("request.markup", .warning, "A request description is plain text: markdown or HTML is shown literally.")

    // MARK: expert

    public static let expertName = Rule("expert.name", .error, "Expert display name: required, 1–30 characters.", length: .range(1, 30))
    public static let expertEmail = Rule("expert.email", .error, "Expert e-mail: required valid address, at most 254 characters; never published.", length: .atMost(254))
    public static let expertCountry = Rule("expert.country", .error, "Expert country: required, one of US, FR, GB.")
    public static let expertFirm = Rule("expert.firm", .error, "Expert firm: the slug of a firm that exists.")
    public static let expertPhoto = Rule("expert.photo", .error, "Expert photo: a path inside content/media/ to a real JPEG, PNG or GIF file.")
    public static let expertCertifications = Rule("expert.certifications", .error, "Expert certifications: required, at least one.")
    public static let certificationName = Rule("certification.name", .error, "Certification name: required, 1–100 characters.", length: .range(1, 100))
    public static let certificationLevel = Rule("certification.level", .error, "Certification level: associate, professional or specialty.")
    public static let expertHourlyRate = Rule("expert.hourly_rate", .error, "Hourly rate: a money amount, or {min, max} with min ≤ max.")
    public static let expertBio = Rule("expert.bio", .error, "Expert bio: required, 30–3000 characters of profile markdown.", length: .range(30, 3000))
    public static let expertSkills = Rule("expert.skills", .error, "Skills: at most 20 tags.", length: nil)
    public static let expertSkill = Rule("expert.skill", .error, "Skill tag: 1–40 characters.", length: .range(1, 40))
    public static let expertLinks = Rule("expert.links", .error, "Links: a list of {title, url}.")
    public static let linkTitle = Rule("link.title", .error, "Link title: required, 1–100 characters.", length: .range(1, 100))
    public static let linkUrl = Rule("link.url", .error, "Link URL: required, an absolute http or https URL.")

    // MARK: firm

    public static let firmName = Rule("firm.name", .error, "Firm name: required, 1–100 characters.", length: .range(1, 100))
    public static let firmCountry = Rule("firm.country", .error, "Firm country: required, one of US, FR, GB.")
    public static let firmAbout = Rule("firm.about", .error, "Firm about: at most 3000 characters of profile markdown.", length: .atMost(3000))
    public static let firmReviews = Rule("firm.reviews", .error, "Firm reviews: a list of reviews.")

    // MARK: review

    public static let reviewRating = Rule("review.rating", .error, "Review rating: required whole number from 1 to 5.")
    public static let reviewText = Rule("review.text", .error, "Review text: plain text, at most 500 characters.", length: .atMost(500))
    public static let reviewAuthor = Rule("review.author", .error, "Review author: required, 1–30 characters.", length: .range(1, 30))
    public static let reviewDate = Rule("review.date", .error, "Review date: required ISO 8601 date or date-time.")
    public static let reviewProposal = Rule("review.proposal", .error, "Reviewed proposal: required; it exists, is completed, and its expert belongs to the firm.")
    public static let reviewWouldWorkAgain = Rule("review.would_work_again", .error, "Private feedback: yes or no; never published.")
    public static let reviewContactDetails = Rule("review.contact-details", .error, "A review text may hold no phone number and no postal address.")
    public static let reviewLinkDomain = Rule("review.link-domain", .error, "A review text may link only to the hosts of review_link_domains.")

    // MARK: proposal

    public static let proposalRequest = Rule("proposal.request", .error, "Proposal request: required, the slug of a request that exists.")
    public static let proposalExpert = Rule("proposal.expert", .error, "Proposal expert: required, the slug of an expert that exists.")
    public static let proposalNotResponded = Rule("proposal.not-responded", .warning, "A proposal's expert should be among its request's responses.")
    public static let proposalTitle = Rule("proposal.title", .error, "Proposal title: required, 10–140 characters.", length: .range(10, 140))
    public static let proposalStatus = Rule("proposal.status", .error, "Proposal status: proposed (default), accepted, declined or withdrawn.")
    public static let proposalCreated = Rule("proposal.created", .error, "Proposal creation: required ISO 8601 date.")
    public static let proposalTotal = Rule("proposal.total", .error, "Proposal total: required money amount, the most the customer pays before fees.")
    public static let proposalBody = Rule("proposal.body", .error, "Proposal body: required, 30–10000 characters of proposal markdown.", length: .range(30, 10000))
    public static let proposalMilestones = Rule("proposal.milestones", .error, "Milestones: a list whose amounts add up to at most the total.")
    public static let milestoneTitle = Rule("milestone.title", .error, "Milestone title: required, 1–140 characters.", length: .range(1, 140))
    public static let milestoneAmount = Rule("milestone.amount", .error, "Milestone amount: a money amount.")
    public static let milestoneDue = Rule("milestone.due", .error, "Milestone due date: an ISO 8601 date.")

    // MARK: payment

    public static let proposalPaymentRequests = Rule("proposal.payment_requests", .error, "Payment requests: only on an accepted proposal.")
    public static let paymentAmount = Rule("payment.amount", .error, "Payment amount: required money amount.")
    public static let paymentDescription = Rule("payment.description", .error, "Payment description: required plain text, 1–1500 characters.", length: .range(1, 1500))
    public static let paymentRequested = Rule("payment.requested", .error, "Payment request date: required ISO 8601 date.")
    public static let paymentStatus = Rule("payment.status", .error, "Payment status: required, awaiting, accepted or declined.")
    public static let paymentDecided = Rule("payment.decided", .error, "Payment decision date: an ISO 8601 date, not before the request.")
    public static let paymentFinal = Rule("payment.final", .error, "Final payment: a boolean; at most one payment request is final and none is dated after it.")
    public static let paymentTotal = Rule("payment.total", .error, "Accepted and awaiting payment requests add up to at most the proposal total.")

    // MARK: permission

    public static let proposalPermissionRequests = Rule("proposal.permission_requests", .error, "Permission requests: only on an accepted proposal.")
    public static let permissionPolicy = Rule("permission.policy", .error, "Permission policy: required, one of the managed policies Docket knows.")
    public static let permissionDescription = Rule("permission.description", .error, "Permission description: plain text, at most 1500 characters.", length: .atMost(1500))
    public static let permissionStatus = Rule("permission.status", .error, "Permission status: required, requested, accepted, declined or revoked.")

    // MARK: markdown

    public static let markdownUnsupported = Rule(MarkdownFinding.unsupportedRule, .warning, "Markdown outside the field's subset is shown as literal text.")
    public static let markdownLinkScheme = Rule(MarkdownFinding.linkSchemeRule, .error, "Links use http, https or mailto; others are shown as text.")

    // MARK: privacy

    public static let privacyRepeatedValue = Rule("privacy.repeated-value", .error, "No public field repeats a private value of any content file (an e-mail address), as written or as it renders.")

    // MARK: config

    public static let configSyntax = Rule("config.syntax", .error, "docket.yml must be a YAML mapping.")
    public static let configUnknownKey = Rule("config.unknown-key", .error, "Only the documented keys are allowed in docket.yml.")
    public static let configValue = Rule("config.value", .error, "Each docket.yml key has a value of its type (see the configuration docs).")
    public static let configLimits = Rule("config.limits", .error, "limits names length rules by id, each with an optional min and max (min ≤ max).")

    // MARK: templates

    /// What `docket build` and `docket serve` require of the site's own templates.
    public static let templatePartial = Rule("template.partial", .error, "A template of the templates folder includes only partials that exist (its own files or the built-in templates).")

    // MARK: built site

    /// What `docket check` verifies in a built site.
    public static let checkLink = Rule("check.link", .error, "Every internal link and asset reference (CSS `url()` and `@import` included) is relative and names a file of the site; a folder only with `pretty_urls`, and only one that holds an `index.html`.")
    public static let checkExternal = Rule("check.external", .error, "No page or stylesheet loads a script, style, font, image or frame from elsewhere (`<style>` `@import` and `url()` included).")
    public static let checkPrivateData = Rule("check.private-data", .error, "No file of the site holds a private field of the content (e-mail addresses, review feedback), however encoded, and no file or folder name does.")
    public static let checkForm = Rule("check.form", .error, "No page has a form that submits somewhere (`<form action>`, `formaction`): a static site cannot receive it.")
    public static let checkPing = Rule("check.ping", .error, "No link has a `ping` attribute, which reports the reader's clicks to another address.")
    public static let checkRefresh = Rule("check.refresh", .error, "No page reloads or redirects by itself with `<meta http-equiv=\"refresh\">`.")
    public static let checkHtml = Rule("check.html", .error, "Every page parses as HTML.")
    public static let checkXml = Rule("check.xml", .error, "The sitemap (index and parts) and the Atom feed are well-formed XML.")
    public static let checkJson = Rule("check.json", .error, "The JSON Feed is a JSON object with a `version` and `items`.")
    public static let checkSitemap = Rule("check.sitemap", .error, "The sitemap and the feeds point only at pages of the site.")
    public static let checkUnreadable = Rule("check.unreadable", .error, "Every file of the built site can be read.")
}
