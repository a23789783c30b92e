/// The account permission levels an expert may ask a customer for, with what each grants.
/// Shown verbatim by name on proposal pages (docs/spec.md §3 Display).
public struct PermissionPolicy: Hashable, Sendable {
    public let name: String
    /// What the policy lets the expert do, in one plain sentence.
    public let grants: String

    public static let all: [PermissionPolicy] = [
        PermissionPolicy(name: "AdministratorAccess",
                         grants: "Full access to every service and resource in the account."),
        PermissionPolicy(name: "Billing",
                         grants: "View and manage billing, payments, budgets and cost reports."),
        PermissionPolicy(name: "DatabaseAdministrator",
                         grants: "Set up, configure and maintain the account's database services."),
        PermissionPolicy(name: "NetworkAdministrator",
                         grants: "Set up and maintain network resources: virtual networks, routing, DNS and gateways."),
        PermissionPolicy(name: "PowerUserAccess",
                         grants: "Full access to services and resources, except managing users, groups and permissions."),
        PermissionPolicy(name: "SecurityAudit",
                         grants: "Read the configuration and metadata of resources to audit security; no changes."),
        PermissionPolicy(name: "SupportUser",
                         grants: "Open and manage support cases and read the state of resources to troubleshoot."),
        PermissionPolicy(name: "SystemAdministrator",
                         grants: "Set up and maintain compute, storage, monitoring and deployment resources for applications."),
        PermissionPolicy(name: "ViewOnlyAccess",
                         grants: "See the list of resources and their basic settings; no access to data and no changes."),
    ]

    public static func named(_ name: String) -> PermissionPolicy? { all.first { $0.name == name } }
}
