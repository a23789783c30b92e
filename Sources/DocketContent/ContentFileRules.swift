/// The rules the loader enforces itself: reading files, their names, and parsing YAML and
/// JSON. The other rules are DocketValidation's; `RuleTable.all` lists them all.
extension Rule {
    public static let fileUnreadable = Rule("file.unreadable", .error, "A content file could not be read.")
    public static let fileEncoding = Rule("file.encoding", .error, "A content file must be valid UTF-8 (a byte order mark is allowed).")
    public static let fileTooLarge = Rule("file.too-large", .error, "A content file may not exceed the size cap (`max_file_size`, 1 MiB by default).")
    public static let fileSymlink = Rule("file.symlink", .error, "Symbolic links under the content folder are not followed.")
    public static let fileUnexpected = Rule("file.unexpected", .warning, "Files under the content folder belong in a type folder, as .yml, .yaml or .json, or in media/.")
    public static let fileNotRegular = Rule("file.not-regular", .error, "A content file must be a regular file, not a FIFO, socket or device (it is never read).")
    public static let fileNameEncoding = Rule("file.name-encoding", .error, "File names under the content folder must be valid UTF-8 (the name is shown with its other bytes as \\xHH).")
    public static let yamlSyntax = Rule("yaml.syntax", .error, "A YAML file must parse as one YAML document.")
    public static let yamlDuplicateKey = Rule("yaml.duplicate-key", .error, "A key may appear once per mapping.")
    public static let yamlAliasLimit = Rule("yaml.alias-limit", .error, "Aliases may not expand a document past the node budget (alias bombs).")
    public static let yamlDepth = Rule("yaml.depth", .error, "Documents may not nest deeper than the depth limit.")
    public static let yamlTag = Rule("yaml.tag", .error, "Tags such as !!str are not supported: values are read as written and each field decides its type.")
    public static let jsonSyntax = Rule("json.syntax", .error, "A JSON file must parse as one JSON value (RFC 8259).")
    public static let jsonDuplicateKey = Rule("json.duplicate-key", .error, "A key may appear once per object.")
    public static let jsonDepth = Rule("json.depth", .error, "Documents may not nest deeper than the depth limit.")
    public static let slugInvalid = Rule("slug.invalid", .error, "A file name (its slug) matches ^[a-z0-9]+(?:-[a-z0-9]+)*$ and has at most 64 characters.")
    public static let slugDuplicate = Rule("slug.duplicate", .error, "Two files of one type may not share a slug (a.yml and a.json).")
}
