import DocketContent
import DocketDomain
import DocketValidation
import Foundation

/// Turns the checked documents of a valid site into the public `Site`.
public enum SiteResolver {

    /// - Precondition: `result` has no errors; every required field is present.
    public static func build(_ result: ValidationResult, siteRoot: SiteRoot) throws(DocketError) -> Site {
        var cache = SiteResolverCache()
        return try build(result, siteRoot: siteRoot, reusing: &cache)
    }

    /// As `build(_:siteRoot:)`, reusing the model values of documents that did not change
    /// since the build that filled `cache` (`docket serve`).
    public static func build(_ result: ValidationResult, siteRoot: SiteRoot,
                             reusing cache: inout SiteResolverCache) throws(DocketError) -> Site {
        let config = result.config
        let documents = result.documents
        let settings = SiteSettings(title: config.title, language: config.language, baseURL: config.baseURL,
                                    pageSize: config.pageSize, prettyURLs: config.prettyURLs)
        let mediaRoot = siteRoot.mediaFolder(of: config)
        cache.prepare(mediaRoot: mediaRoot, buildTime: result.buildTime)
        // Every order below is total, so the documents' order does not matter.
        var photos: [String: Photo] = [:]
        var experts: [Expert] = []
        for document in (documents.byKind[.expert] ?? [:]).values {
            let photo = try document.fields.photo.map { source throws(DocketError) in
                try cache.photo(source.value) { () throws(DocketError) in try publishedPhoto(source.value, mediaRoot: mediaRoot) }
            }
            let expert = try cache.expert(for: document) { () throws(DocketError) in try decoded { () throws(DocumentDecoder.Incomplete) in try DocumentDecoder.expert(document, photo: photo) } }
            if let photo = expert.photo { photos[photo.source] = photo }
            experts.append(expert)
        }
        experts.sort { ($0.name, $0.slug) < ($1.name, $1.slug) }

        // Grouped once: filtering all experts for each firm is quadratic on a large site.
        let expertsByFirm = Dictionary(grouping: experts.filter { $0.firm != nil }, by: { $0.firm! }).mapValues { $0.map(\.slug) }
        var firms: [Firm] = []
        for document in (documents.byKind[.firm] ?? [:]).values {
            let firm = try cache.firm(for: document) { () throws(DocketError) in try decoded { () throws(DocumentDecoder.Incomplete) in try DocumentDecoder.firm(document) } }
            firms.append(firm.with(experts: expertsByFirm[document.slug] ?? []))
        }
        firms.sort { ($0.name, $0.slug) < ($1.name, $1.slug) }

        var requests: [Request] = []
        for document in (documents.byKind[.request] ?? [:]).values {
            requests.append(try cache.request(for: document) { () throws(DocketError) in try decoded { () throws(DocumentDecoder.Incomplete) in try DocumentDecoder.request(document) } })
        }
        requests.sort { ($0.created.instant, $1.slug) > ($1.created.instant, $0.slug) }

        var proposals: [Proposal] = []
        for document in (documents.byKind[.proposal] ?? [:]).values {
            proposals.append(try cache.proposal(for: document) { () throws(DocketError) in
                try decoded { () throws(DocumentDecoder.Incomplete) in try DocumentDecoder.proposal(document, buildTime: result.buildTime) }
            })
        }
        proposals.sort { $0.slug < $1.slug }
        return Site(settings: settings, buildTime: result.buildTime, experts: experts, firms: firms,
                         requests: requests, proposals: proposals, photos: photos.values.sorted { $0.source < $1.source })
    }

    private static func decoded<Value>(_ decode: () throws(DocumentDecoder.Incomplete) -> Value) throws(DocketError) -> Value {
        do throws(DocumentDecoder.Incomplete) { return try decode() } catch { throw DocketError(.site, message: error.description) }
    }

    private static func publishedPhoto(_ source: String, mediaRoot: String) throws(DocketError) -> Photo {
        let bytes: [UInt8]
        do throws(RegularFile.Failure) { bytes = try RegularFile.read(mediaRoot + "/" + source) } catch {
            throw DocketError(.site, message: "photo content/media/\(source) \(error.description)")
        }
        let name = (source as NSString).lastPathComponent
        // Only URL-safe characters in published names: no escaping needed in any link.
        let stem = String((name as NSString).deletingPathExtension.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        let format = ImageFormat.sniff(Array(bytes.prefix(8)))?.rawValue ?? "bin"
        let fileExtension = format == "jpeg" ? "jpg" : format
        return Photo(source: source, output: "media/\(stem)-\(ContentHash.hex(Data(bytes))).\(fileExtension)",
                     size: ImageSize(header: bytes))
    }
}

private extension Firm {
    func with(experts: [String]) -> Firm {
        Firm(slug: slug, name: name, country: country, aboutHTML: aboutHTML, reviews: reviews, experts: experts)
    }
}
