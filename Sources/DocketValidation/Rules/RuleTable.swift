import DocketContent

/// Every rule, as data. The schema (`EntitySchemas`), the validator, `docket rules` and the
/// docs read their ids, severities and default limits from here and nowhere else.
public enum RuleTable {
    public static let all: [Rule] = files + structure + request + expert + firm + review
        + proposal + payment + permission + markdown + privacy + config + templates + builtSite

    /// Code points allowed per character of a length rule's maximum (`LengthLimit.maxScalars`).
    public static let scalarsPerCharacter = LengthLimit.scalarsPerCharacter

    public static let byID: [String: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func rule(_ id: String) -> Rule {
        guard let rule = byID[id] else { preconditionFailure("rule \(id) is not in the rule table") }
        return rule
    }

    static let files: [Rule] = [
        .fileUnreadable, .fileEncoding, .fileTooLarge, .fileSymlink, .fileUnexpected, .fileNotRegular,
        .fileNameEncoding, .yamlSyntax, .yamlDuplicateKey, .yamlAliasLimit, .yamlDepth, .yamlTag, .jsonSyntax,
        .jsonDuplicateKey, .jsonDepth, .slugInvalid, .slugDuplicate,
    ]

    static let structure: [Rule] = [
        .schemaType, .schemaUnknownKey,
    ]

    static let request: [Rule] = [
        .requestTitle, .requestDescription, .requestBudget, .requestCountry, .requestName, .requestEmail,
        .requestCreated, .requestAcceptingResponses, .requestResponses, .requestContactDetails, .requestMarkup,
    ]

    static let expert: [Rule] = [
        .expertName, .expertEmail, .expertCountry, .expertFirm, .expertPhoto, .expertCertifications, .certificationName,
        .certificationLevel, .expertHourlyRate, .expertBio, .expertSkills, .expertSkill, .expertLinks, .linkTitle,
        .linkUrl,
    ]

    static let firm: [Rule] = [
        .firmName, .firmCountry, .firmAbout, .firmReviews,
    ]

    static let review: [Rule] = [
        .reviewRating, .reviewText, .reviewAuthor, .reviewDate, .reviewProposal, .reviewWouldWorkAgain,
        .reviewContactDetails, .reviewLinkDomain,
    ]

    static let proposal: [Rule] = [
        .proposalRequest, .proposalExpert, .proposalNotResponded, .proposalTitle, .proposalStatus, .proposalCreated,
        .proposalTotal, .proposalBody, .proposalMilestones, .milestoneTitle, .milestoneAmount, .milestoneDue,
    ]

    static let payment: [Rule] = [
        .proposalPaymentRequests, .paymentAmount, .paymentDescription, .paymentRequested, .paymentStatus,
        .paymentDecided, .paymentFinal, .paymentTotal,
    ]

    static let permission: [Rule] = [
        .proposalPermissionRequests, .permissionPolicy, .permissionDescription, .permissionStatus,
    ]

    static let markdown: [Rule] = [
        .markdownUnsupported, .markdownLinkScheme,
    ]

    static let privacy: [Rule] = [
        .privacyRepeatedValue,
    ]

    static let config: [Rule] = [
        .configSyntax, .configUnknownKey, .configValue, .configLimits,
    ]

    static let templates: [Rule] = [
        .templatePartial,
    ]

    static let builtSite: [Rule] = [
        .checkLink, .checkExternal, .checkPrivateData, .checkForm, .checkPing, .checkRefresh, .checkHtml, .checkXml,
        .checkJson, .checkSitemap, .checkUnreadable,
    ]
}
