/// An expert's profile as pages show it (docs/spec.md §3): decoded once from a checked file by
/// DocketValidation's `DocumentDecoder`. Public fields only: the e-mail address has no place here.
public struct Expert: Sendable {
    public let slug: String
    public let name: String
    public let country: String
    public let firm: String?
    public let photo: Photo?
    public let certifications: [Certification]
    public let rate: HourlyRate?
    public let bioHTML: String
    public let skills: [String]
    public let links: [WebLink]

    public init(slug: String, name: String, country: String, firm: String?, photo: Photo?, certifications: [Certification], rate: HourlyRate?, bioHTML: String, skills: [String], links: [WebLink]) {
        self.slug = slug
        self.name = name
        self.country = country
        self.firm = firm
        self.photo = photo
        self.certifications = certifications
        self.rate = rate
        self.bioHTML = bioHTML
        self.skills = skills
        self.links = links
    }

    /// Each level once, in the order of `CertificationLevel.allCases`.
    public var levels: [String] {
        CertificationLevel.allCases.map(\.rawValue).filter { level in certifications.contains { $0.level == level } }
    }
}

public struct Certification: Sendable {
    public let name: String
    public let level: String

    public init(name: String, level: String) {
        self.name = name
        self.level = level
    }
}

public enum HourlyRate: Sendable {
    case amount(Money)
    case range(min: Money, max: Money)
}

public struct WebLink: Sendable {
    public let title: String
    public let url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

public struct Photo: Sendable, Hashable {
    /// Relative to the media folder, as the expert file names it.
    public let source: String
    /// Relative to the output root: `media/alice-3f2a9c1d.png`.
    public let output: String
    /// The pixel size its header declares, when it could be read.
    public let size: ImageSize?

    public init(source: String, output: String, size: ImageSize?) {
        self.source = source
        self.output = output
        self.size = size
    }
}

/// A certification's `level` (docs/spec.md §3), in the order pages list them.
public enum CertificationLevel: String, CaseIterable, Sendable {
    case associate, professional, specialty
}
