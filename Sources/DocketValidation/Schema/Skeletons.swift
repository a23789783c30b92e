import DocketContent

/// What `docket new` writes: every field of the type, the required ones left empty with
/// what they take in a comment. Left empty, each is reported as required; filled in,
/// the file passes `docket validate` (a test fills one of each and validates it).
public enum Skeletons {
    public static func skeleton(for kind: ContentKind, today: String) -> String {
        """
        # A new \(kind.rawValue). Fill in every empty field (what each takes is in its comment),
        # then run `docket validate`: once they are filled, this file passes.
        # `docket schema \(kind.rawValue)` prints the JSON Schema an editor can check it with.

        """ + body(for: kind, today: today)
    }

    static func body(for kind: ContentKind, today: String) -> String {
        switch kind {
        case .request:
            return """
            title:        # what you need help with, 10 to 140 characters
            description:  # what you want done, 30 to 1500 characters of plain text; no contact details
            budget: unknown  # 50-100, 100-1000, 1000-10000, 10000+ or unknown
            country: anywhere  # preferred expert firm country: anywhere, FR, GB or US
            name:         # your name as shown publicly, 1 to 30 characters
            email:        # your e-mail address; private: never published
            created: \(today)
            accepting_responses: true
            responses: []  # slugs of the experts who responded

            """
        case .expert:
            return """
            name:         # display name, 1 to 30 characters
            email:        # private: never published
            country: US   # US, FR or GB
            firm:         # optional: the slug of your firm
            photo:        # optional: a JPEG, PNG or GIF under content/media/
            certifications:
              - name:     # the certification's name, 1 to 100 characters
                level: associate  # associate, professional or specialty
            hourly_rate:  # optional: an amount such as 120, or {min: 100, max: 150}
            bio:          # 30 to 3000 characters of markdown, written as a block: bio: |
            skills: []    # up to 20 tags
            links: []     # case studies: - {title: …, url: https://…}

            """
        case .firm:
            return """
            name:         # the firm's name, 1 to 100 characters
            country: US   # US, FR or GB
            about:        # optional: up to 3000 characters of markdown, written as a block: about: |
            reviews: []

            """
        case .proposal:
            return """
            request:      # the slug of the request this answers
            expert:       # the slug of the expert proposing
            title:        # 10 to 140 characters
            status: proposed  # proposed, accepted, declined or withdrawn
            created: \(today)
            total:        # the most the customer pays, such as 1500 or 1500.50
            body:         # 30 to 10000 characters of markdown, written as a block: body: |
            milestones: []  # - {title: …, amount: …, due: YYYY-MM-DD}

            """
        }
    }
}
