extension BuiltInTemplates {
    /// A printable document: not linked from anywhere, and kept out of search engines.
    static let proposal = """
    {{<layout}}{{$main}}
    <article class="proposal">
    <header>
    <p class="kicker">Proposal</p>
    <h1>{{title}}</h1>
    <dl class="facts">
    <dt>Status</dt><dd>{{statusLabel}}</dd>
    <dt>Request</dt><dd><a href="{{request.url}}">{{request.label}}</a></dd>
    <dt>Expert</dt><dd><a href="{{expert.url}}">{{expert.label}}</a></dd>
    <dt>Date</dt><dd><time datetime="{{created}}">{{created}}</time></dd>
    <dt>Total, not to exceed</dt><dd>{{total}}</dd>
    </dl>
    </header>
    <section class="prose" aria-labelledby="terms">
    <h2 id="terms">Proposal</h2>
    {{{bodyHTML}}}
    </section>
    {{^empty(milestones)}}<section aria-labelledby="milestones" tabindex="0">
    <h2 id="milestones">Milestones</h2>
    <table>
    <thead><tr><th scope="col">Milestone</th><th scope="col">Amount</th><th scope="col">Due</th></tr></thead>
    <tbody>
    {{#milestones}}<tr><td>{{title}}</td><td class="money">{{#amount}}{{amount}}{{/amount}}{{^amount}}—{{/amount}}</td><td>{{#due}}<time datetime="{{due}}">{{due}}</time>{{/due}}{{^due}}—{{/due}}</td></tr>
    {{/milestones}}</tbody>
    </table>
    </section>
    {{/empty(milestones)}}{{^empty(payments)}}<section aria-labelledby="payments" tabindex="0">
    <h2 id="payments">Payment schedule</h2>
    <table>
    <thead><tr><th scope="col">Payment</th><th scope="col">Requested</th><th scope="col">Amount</th><th scope="col">Fee (3%)</th><th scope="col">Customer pays</th><th scope="col">Status</th></tr></thead>
    <tbody>
    {{#payments}}<tr><td>{{description}}{{#isFinal}} <span class="badge">Final</span>{{/isFinal}}</td><td><time datetime="{{requested}}">{{requested}}</time></td><td class="money">{{amount}}</td><td class="money">{{fee}}</td><td class="money">{{customerTotal}}</td><td>{{statusLabel}}{{#decided}} (<time datetime="{{decided}}">{{decided}}</time>){{/decided}}</td></tr>
    {{/payments}}</tbody>
    </table>
    {{#paymentSummary}}<dl class="facts summary">
    <dt>Paid to the expert</dt><dd>{{paid}}</dd>
    <dt>Fees</dt><dd>{{paidFees}}</dd>
    <dt>Paid by the customer</dt><dd>{{paidCustomerTotal}}</dd>
    <dt>Awaiting approval</dt><dd>{{awaiting}}</dd>
    <dt>Remaining</dt><dd>{{remaining}}</dd>
    </dl>
    {{/paymentSummary}}</section>
    {{/empty(payments)}}{{^empty(permissions)}}<section aria-labelledby="permissions" tabindex="0">
    <h2 id="permissions">Permission requests</h2>
    {{#isCompleted}}<p>The proposal is completed: permissions it granted were revoked automatically.</p>
    {{/isCompleted}}<table>
    <thead><tr><th scope="col">Policy</th><th scope="col">What it grants</th><th scope="col">Status</th></tr></thead>
    <tbody>
    {{#permissions}}<tr><td><code>{{policy}}</code>{{#description}}<br>{{description}}{{/description}}</td><td>{{grants}}</td><td>{{statusLabel}}</td></tr>
    {{/permissions}}</tbody>
    </table>
    </section>
    {{/empty(permissions)}}</article>
    {{/main}}{{/layout}}
    """
}
