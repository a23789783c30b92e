import DocketContent

/// What `docket new` writes: every required field, with `<…>` placeholders where only the
/// author knows the value. Filled in, each passes `docket validate` (a test does exactly
/// that).
public enum Skeletons {
    public static let placeholderNote = """
    # Replace every <…> placeholder, then run `docket validate`: once they are filled,
    # this file passes. `docket schema %@` prints the JSON Schema an editor can use.

    """

    public static func skeleton(for kind: ContentKind, today: String) -> String {
        placeholderNote.replacingOccurrences(of: "%@", with: kind.rawValue) + body(for: kind, today: today)
    }

    static func body(for kind: ContentKind, today: String) -> String {
        switch kind {
        case .request:
            return """
            title: <what you need help with, 10 to 140 characters>
            description: >
              <what you want done, in plain text, 30 to 1500 characters;
              no e-mail addresses, phone numbers or links>
            budget: unknown  # 50-100, 100-1000, 1000-10000, 10000+ or unknown
            country: anywhere  # preferred expert firm country: anywhere, FR, GB or US
            name: <your name as shown publicly>
            email: <you@example.com>  # private: never published
            created: \(today)
            accepting_responses: true
            responses: []  # slugs of the experts who responded

            """
        case .expert:
            return """
            name: <display name, 1 to 30 characters>
            email: <you@example.com>  # private: never published
            country: US  # US, FR or GB
            # firm: <firm slug>
            # photo: <file under content/media/, a JPEG, PNG or GIF>
            certifications:
              - name: <certification name>
                level: associate  # associate, professional or specialty
            # hourly_rate: 120  # or {min: 100, max: 150}
            bio: |
              # About me
              <who you are and what you do best, 30 to 3000 characters of markdown>
            skills: []
            links: []  # each {title: <title>, url: https://…}

            """
        case .firm:
            return """
            name: <firm name, 1 to 100 characters>
            country: US  # US, FR or GB
            about: |
              <what the firm does, up to 3000 characters of markdown>
            reviews: []

            """
        case .proposal:
            return """
            request: <request slug>
            expert: <expert slug>
            title: <proposal title, 10 to 140 characters>
            status: proposed  # proposed, accepted, declined or withdrawn
            created: \(today)
            total: <most the customer pays, such as 1500 or 1500.50>
            body: |
              <deliverables, terms, milestones and payment schedule,
              30 to 10000 characters of markdown>
            milestones: []

            """
        }
    }
}
