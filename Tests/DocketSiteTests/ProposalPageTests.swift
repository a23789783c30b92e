import DocketDomain
import DocketValidation
import Foundation
import Testing

/// `proposals/<slug>/index.html`: a printable document, never linked, never indexed
/// (docs/spec.md §3 Proposal, §5).
@Suite struct ProposalPageTests {
    static let slugs = ["aurora-major-version-upgrade", "ecs-fargate-replatform", "forecasting-pilot-phase-one",
                        "glue-job-memory-fix", "landing-zone-control-tower", "private-endpoints-for-booking-api",
                        "s3-public-access-review", "sagemaker-mlops-foundation", "tagging-and-cost-drivers-audit",
                        "weekend-route53-migration", "wordpress-lightsail-migration"]

    @Test func everyProposalHasItsPage() {
        let pages = Sample.site.files.filter { $0.hasPrefix("proposals/") }
        #expect(pages == Self.slugs.map { "proposals/\($0)/index.html" })
    }

    @Test(arguments: slugs)
    func isNotIndexed(slug: String) throws {
        let page = try Sample.site.page("proposals/\(slug)/index.html")
        #expect(page.meta("robots")?.lowercased().contains("noindex") == true)
        #expect(!page.document.all("link").contains { $0["rel"]?.lowercased() == "canonical" })
    }

    @Test func noOtherPageLinksToAProposal() throws {
        for file in Sample.site.htmlFiles where !file.hasPrefix("proposals/") {
            let page = try Sample.site.page(file)
            let leaks = page.linkTargets.filter { $0.hasPrefix("proposals/") }
            #expect(leaks.isEmpty, "\(file) links to \(leaks)")
            #expect(!(Sample.site.text(file) ?? "").contains("proposals/"), "\(file) names a proposal's address")
        }
    }

    @Test(arguments: [
        ("ecs-fargate-replatform", "Accepted"), ("forecasting-pilot-phase-one", "Proposed"),
        ("glue-job-memory-fix", "Withdrawn"), ("private-endpoints-for-booking-api", "Declined"),
        ("landing-zone-control-tower", "Completed"),
    ])
    func status(slug: String, label: String) throws {
        let main = try Sample.site.page("proposals/\(slug)/index.html").main
        let status = try #require(main.value(labelled: "Status"), "no status on \(slug)")
        #expect(status.localizedCaseInsensitiveContains(label), "\(slug): status reads “\(status)”")
    }

    @Test func totalMilestonesAndLinks() throws {
        let page = try Sample.site.page("proposals/ecs-fargate-replatform/index.html")
        let main = page.main
        #expect(main.first("h1")?.text == "Rails monolith to ECS on Fargate with blue/green releases, in three milestones")
        #expect(main.text.contains("$24,000.00"))
        for (title, amount, due) in [("Containerised app and workers running in staging", "$8,000.00", "2026-10-09"),
                                     ("Pipeline, secrets and production cut-over", "$9,500.00", "2026-11-06"),
                                     ("Decommissioning, Terraform review and hand-over", "$6,500.00", "2026-12-11")] {
            let row = try #require(main.smallest(containing: [title, amount]), "milestone “\(title)” with \(amount) not found")
            #expect(row.text.contains(due))
        }
        #expect(page.linkTargets.contains("requests/ecs-fargate-migration/index.html"))
        #expect(page.linkTargets.contains("experts/maya-okafor/index.html"))
    }

    /// Each payment with its 3% fee and what the customer pays; an awaiting payment past its
    /// tenth day reads "approved automatically on" that day.
    @Test func paymentsWithFeesAndAutomaticApproval() throws {
        let main = try Sample.site.page("proposals/ecs-fargate-replatform/index.html").main
        let first = try #require(main.smallest(containing: ["Rails and Sidekiq images built", "$8,000.00"]))
        #expect(first.text.contains("$240.00"))
        #expect(first.text.contains("$8,240.00"))
        #expect(first.text.localizedCaseInsensitiveContains("accepted"))
        let second = try #require(main.smallest(containing: ["Pipeline live with blue/green deployments", "$7,250.75"]))
        #expect(second.text.contains("$217.52"))
        #expect(second.text.contains("$7,468.27"))
        #expect(second.text.contains("approved automatically on 2026-11-14"), "row reads “\(second.text)”")
        #expect(main.text.components(separatedBy: "approved automatically on").count == 2, "only the one payment is auto-approved")
    }

    /// Remaining = total − accepted − awaiting: $24,000.00 − $8,000.00 − $7,250.75.
    @Test func amountRemaining() throws {
        let main = try Sample.site.page("proposals/ecs-fargate-replatform/index.html").main
        let remaining = try #require(main.value(labelled: "Remaining to request"), "no amount remaining")
        #expect(remaining.contains("$8,749.25"), "remaining reads “\(remaining)”")
    }

    @Test func aPaymentAwaitingLessThanTenDaysStaysAwaiting() throws {
        let main = try Sample.site.page("proposals/s3-public-access-review/index.html").main
        let row = try #require(main.smallest(containing: ["Review of all eleven buckets done", "$95.00"]))
        #expect(row.text.contains("$2.85"))
        #expect(row.text.contains("$97.85"))
        #expect(row.text.localizedCaseInsensitiveContains("awaiting"))
        #expect(!main.text.contains("approved automatically"))
        let status = try #require(main.value(labelled: "Status"))
        #expect(!status.localizedCaseInsensitiveContains("completed"))
    }

    /// Every permission request shows its policy verbatim and what it grants.
    @Test(arguments: slugs)
    func permissionsShowWhatEachPolicyGrants(slug: String) throws {
        let main = try Sample.site.page("proposals/\(slug)/index.html").main
        let source = try String(contentsOfFile: SiteFixture.repository + "/content/proposals/\(slug).yml", encoding: .utf8)
        let policies = source.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("- policy: ") ? String(trimmed.dropFirst("- policy: ".count)) : nil
        }
        for name in policies {
            let policy = try #require(PermissionPolicy.named(name))
            #expect(main.smallest(containing: [name, policy.grants]) != nil, "\(slug): \(name) is not shown with “\(policy.grants)”")
        }
    }

    /// A completed proposal (its final payment accepted) shows its accepted permissions as
    /// revoked; the others keep their status.
    @Test func completedProposalRevokesAcceptedPermissions() throws {
        let main = try Sample.site.page("proposals/landing-zone-control-tower/index.html").main
        for policy in ["AdministratorAccess", "SecurityAudit"] {
            let row = try #require(main.smallest(containing: [policy, PermissionPolicy.named(policy)!.grants]))
            #expect(row.text.localizedCaseInsensitiveContains("revoked"), "\(policy) row reads “\(row.text)”")
        }
    }

    @Test func anOpenProposalKeepsItsAcceptedPermissions() throws {
        let main = try Sample.site.page("proposals/ecs-fargate-replatform/index.html").main
        let expected = [("PowerUserAccess", "accepted"), ("SupportUser", "revoked"), ("AdministratorAccess", "declined"), ("NetworkAdministrator", "requested")]
        for (policy, status) in expected {
            let row = try #require(main.smallest(containing: [policy, PermissionPolicy.named(policy)!.grants]))
            #expect(row.text.localizedCaseInsensitiveContains(status), "\(policy) row reads “\(row.text)”")
            if status != "revoked" { #expect(!row.text.localizedCaseInsensitiveContains("revoked"), "\(policy) row reads “\(row.text)”") }
        }
    }
}
