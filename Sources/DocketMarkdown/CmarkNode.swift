import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A borrowed view of one node of a cmark-gfm tree; valid while its document lives.
struct CmarkNode {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    init?(_ pointer: OpaquePointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var isBlock: Bool { type.rawValue & 0xC000 == CMARK_NODE_DOCUMENT.rawValue & 0xC000 }
    var syntaxExtension: OpaquePointer? { cmark_node_get_syntax_extension(pointer) }

    var parent: CmarkNode? { CmarkNode(cmark_node_parent(pointer)) }
    var firstChild: CmarkNode? { CmarkNode(cmark_node_first_child(pointer)) }
    var next: CmarkNode? { CmarkNode(cmark_node_next(pointer)) }

    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isBulletList: Bool { cmark_node_get_list_type(pointer) == CMARK_BULLET_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }

    /// Text of a text, code or HTML node (empty for others). cmark-gfm owns the bytes.
    var literal: UnsafeBufferPointer<UInt8> { Self.buffer(cmark_node_get_literal(pointer)) }
    var url: UnsafeBufferPointer<UInt8> { Self.buffer(cmark_node_get_url(pointer)) }
    var title: UnsafeBufferPointer<UInt8> { Self.buffer(cmark_node_get_title(pointer)) }

    private static func buffer(_ string: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let string else { return UnsafeBufferPointer(start: nil, count: 0) }
        return string.withMemoryRebound(to: UInt8.self, capacity: 1) {
            UnsafeBufferPointer(start: $0, count: strlen(string))
        }
    }

    /// The concatenated text of every text-like descendant: what a reader would see.
    var plainText: [UInt8] {
        var text: [UInt8] = []
        var stack = [self]
        while let node = stack.popLast() {
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                text.append(contentsOf: node.literal)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(UInt8(ascii: "\n"))
            default:
                var children: [CmarkNode] = []
                var child = node.firstChild
                while let current = child {
                    children.append(current)
                    child = current.next
                }
                stack.append(contentsOf: children.reversed())
            }
        }
        return text
    }
}
