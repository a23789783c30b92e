import DocketDomain
@testable import DocketValidation
import Testing

/// docs/spec.md §3, permission requests, on `ExtraProposal` without payments: the list starts
/// on line 9; permission k (from 0, without description) has policy at (9+2k):13 and
/// status at (10+2k):13; a description on the line after the status is at column 18.
@Suite struct PermissionRulesTests {
    static let file = ExtraProposal.path
    typealias P = ExtraProposal

    private func diagnostics(status: String = "accepted", _ permissions: [String]) throws -> [String] {
        try P.site(P.text(status: status, permissions: permissions)).diagnostics()
    }

    private func expected(_ position: String?, _ rule: String) -> [String] {
        position.map { ["\(Self.file):\($0): error [\(rule)]"] } ?? []
    }

    @Test(arguments: [("accepted", nil), ("proposed", "9:3"), ("declined", "9:3"), ("withdrawn", "9:3")] as [(String, String?)])
    func onlyOnAnAcceptedProposal(status: String, error: String?) throws {
        #expect(try diagnostics(status: status, [P.permission("SecurityAudit")]) == expected(error, "proposal.permission_requests"))
    }

    @Test func anEmptyListIsNoPermissionRequest() throws {
        #expect(try P.site(P.text(status: "proposed") + "\npermission_requests: []").diagnostics() == [])
    }

    @Test(arguments: PermissionPolicy.all.map(\.name))
    func everyKnownPolicyIsAccepted(policy: String) throws {
        #expect(try diagnostics([P.permission(policy)]) == [])
    }

    @Test func theKnownPoliciesAreTheSpecsNine() {
        #expect(PermissionPolicy.all.map(\.name) == [
            "AdministratorAccess", "Billing", "DatabaseAdministrator", "NetworkAdministrator", "PowerUserAccess",
            "SecurityAudit", "SupportUser", "SystemAdministrator", "ViewOnlyAccess",
        ])
    }

    @Test(arguments: ["securityaudit", "ReadOnlyAccess", "AWSSecurityAudit", "Administrator", "\"\"", "[Billing]"])
    func unknownPolicy(policy: String) throws {
        #expect(try diagnostics([P.permission(policy)]) == expected("9:13", "permission.policy"))
    }

    @Test func unknownPolicySuggestsTheClosest() throws {
        let site = P.site(P.text(permissions: [P.permission("SecurityAdit")]))
        #expect(try site.validate().messages("permission.policy").first?.hasSuffix("did you mean 'SecurityAudit'?") == true)
    }

    @Test(arguments: [
        ("requested", nil), ("accepted", nil), ("declined", nil), ("revoked", nil),
        ("granted", "10:13"), ("Accepted", "10:13"), ("awaiting", "10:13"),
    ] as [(String, String?)])
    func status(value: String, error: String?) throws {
        #expect(try diagnostics([P.permission("Billing", status: value)]) == expected(error, "permission.status"))
    }

    @Test(arguments: [(Text.of(1), nil), (Text.of(1500), nil), (Text.of(1501), "11:18"), ("\"\"", nil)] as [(String, String?)])
    func description(value: String, error: String?) throws {
        #expect(try diagnostics([P.permission("Billing", description: value)]) == expected(error, "permission.description"))
    }

    @Test func policyAndStatusAreRequired() throws {
        let noPolicy = "  - status: requested"
        #expect(try diagnostics([noPolicy]) == expected("9:5", "permission.policy"))
        let noStatus = "  - policy: Billing"
        #expect(try diagnostics([noStatus]) == expected("9:5", "permission.status"))
    }

    @Test func secondRequestIsCheckedToo() throws {
        #expect(try diagnostics([P.permission("Billing"), P.permission("Bililng")]) == expected("11:13", "permission.policy"))
    }

    @Test func unknownKeyWithAHint() throws {
        let site = P.site(P.text(permissions: [P.permission("Billing") + "\n    polcy: Billing"]))
        #expect(try site.diagnostics() == expected("11:5", "schema.unknown-key"))
        #expect(try site.validate().messages("schema.unknown-key") == ["unknown key 'polcy' in permission; did you mean 'policy'?"])
    }
}
