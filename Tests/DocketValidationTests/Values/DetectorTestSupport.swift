import DocketValidation
import DocketValues

extension Array {
    /// The matched texts, for readable expectations.
    func texts<Kind>(in source: String) -> [String] where Element == Detection<Kind> {
        map { String($0.text(in: source)) }
    }
}
