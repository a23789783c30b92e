import DocketContent

/// The site's folders as docket.yml names them, made from its root in one place.
extension SiteRoot {
    public func contentFolder(of config: SiteConfig) -> String { appending(config.contentDir) }
    /// Photos are looked up here (docs/spec.md §2): `content/media/<photo>`.
    public func mediaFolder(of config: SiteConfig) -> String { appending(config.contentDir + "/media") }
    public func templatesFolder(of config: SiteConfig) -> String { appending(config.templatesDir) }
    public func outputFolder(of config: SiteConfig) -> String { appending(config.outputDir) }
    /// docket.yml beside the content, used when `--config` names none.
    public var defaultConfigFile: String { appending("docket.yml") }
}
