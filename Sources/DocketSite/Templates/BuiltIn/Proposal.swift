import DocketDomain

extension BuiltInTemplates {
    /// A printable document: not linked from anywhere, and kept out of search engines. On
    /// narrow screens its tables reflow into one block per row (`data-label` names each
    /// cell); on paper they stay tables.
    static let proposal = """
    {{<layout}}{{$main}}
    <article class="proposal document">
    <header class="document-header">
    <p class="kicker">Proposal</p>
    <h1>{{title}}</h1>
    <p class="status-line"><span class="visually-hidden">Status: </span><span class="status status-{{statusKey}}">{{statusLabel}}</span></p>
    <dl class="facts document-facts">
    <div><dt>Request</dt><dd><a href="{{request.url}}">{{request.label}}</a></dd></div>
    <div><dt>Expert</dt><dd><a href="{{expert.url}}">{{expert.label}}</a></dd></div>
    <div><dt>Date</dt><dd><time datetime="{{created}}">{{created}}</time></dd></div>
    <div><dt>Total, not to exceed</dt><dd class="money">{{total}}</dd></div>
    </dl>
    </header>
    <section class="prose document-body" aria-labelledby="scope">
    <h2 id="scope">Scope and terms</h2>
    {{{bodyHTML}}}
    </section>
    {{^empty(milestones)}}<section class="section keep-together" aria-labelledby="milestones">
    <h2 id="milestones">Milestones</h2>
    <div class="table-wrap">
    <table class="data-table">
    <caption>Each milestone, what it is worth and when it is due</caption>
    <thead><tr><th scope="col">Milestone</th><th scope="col" class="money">Amount</th><th scope="col">Due</th></tr></thead>
    <tbody>
    {{#milestones}}<tr><th scope="row" class="cell-title">{{title}}</th><td class="money" data-label="Amount">{{#amount}}{{amount}}{{/amount}}{{^amount}}<span class="muted">Not set</span>{{/amount}}</td><td data-label="Due">{{#due}}<time datetime="{{due}}">{{due}}</time>{{/due}}{{^due}}<span class="muted">Not set</span>{{/due}}</td></tr>
    {{/milestones}}</tbody>
    {{#milestonesTotal}}<tfoot><tr><th scope="row" class="cell-title">Milestones in all</th><td class="money" data-label="Amount">{{milestonesTotal}}</td><td></td></tr></tfoot>
    {{/milestonesTotal}}</table>
    </div>
    </section>
    {{/empty(milestones)}}{{^empty(payments)}}<section class="section" aria-labelledby="payments">
    <h2 id="payments">Payment schedule</h2>
    {{#paymentSummary}}<dl class="summary">
    <div><dt>Paid to the expert</dt><dd class="money">{{paid}}</dd></div>
    <div><dt>Marketplace fees (3%)</dt><dd class="money">{{paidFees}}</dd></div>
    <div><dt>Paid by the customer</dt><dd class="money">{{paidCustomerTotal}}</dd></div>
    <div><dt>Awaiting approval</dt><dd class="money">{{awaiting}}</dd></div>
    <div class="summary-remaining"><dt>Remaining to request</dt><dd class="money">{{remaining}}</dd></div>
    </dl>
    {{/paymentSummary}}<div class="table-wrap">
    <table class="data-table payments-table">
    <caption>Payment requests, with the 3% marketplace fee the customer pays on top of each</caption>
    <thead><tr><th scope="col">Requested</th><th scope="col">Payment</th><th scope="col" class="money">Amount</th><th scope="col" class="money">Fee (3%)</th><th scope="col" class="money">Customer pays</th><th scope="col">Status</th></tr></thead>
    <tbody>
    {{#payments}}<tr class="payment-{{statusKey}}"><th scope="row" data-label="Requested"><time datetime="{{requested}}">{{requested}}</time></th><td class="cell-text" data-label="Payment"><bdi>{{description}}</bdi>{{#isFinal}} <span class="badge">Final payment</span>{{/isFinal}}</td><td class="money" data-label="Amount">{{amount}}</td><td class="money" data-label="Fee (3%)">{{fee}}</td><td class="money" data-label="Customer pays">{{customerTotal}}</td><td class="cell-text" data-label="Status"><span class="status status-{{statusKey}}">{{#autoApprovedText}}Accepted{{/autoApprovedText}}{{^autoApprovedText}}{{statusLabel}}{{/autoApprovedText}}</span>{{#decided}}<span class="status-note">on <time datetime="{{decided}}">{{decided}}</time></span>{{/decided}}{{#autoApprovedText}}<span class="status-note">{{autoApprovedText}}</span>{{/autoApprovedText}}{{#autoApprovesOn}}<span class="status-note">counts as accepted on <time datetime="{{autoApprovesOn}}">{{autoApprovesOn}}</time> unless the customer decides first</span>{{/autoApprovesOn}}</td></tr>
    {{/payments}}</tbody>
    </table>
    </div>
    </section>
    {{/empty(payments)}}{{^empty(permissions)}}<section class="section keep-together" aria-labelledby="permissions">
    <h2 id="permissions">Permission requests</h2>
    {{#isCompleted}}<p class="note">This proposal is completed: every permission the customer had accepted was revoked automatically.</p>
    {{/isCompleted}}<div class="table-wrap">
    <table class="data-table permissions-table">
    <caption>AWS managed policies the expert asked for, what each one grants, and where each request stands</caption>
    <thead><tr><th scope="col">Policy</th><th scope="col">What it grants</th><th scope="col">Why it is needed</th><th scope="col">Status</th></tr></thead>
    <tbody>
    {{#permissions}}<tr><th scope="row" class="cell-title"><code>{{policy}}</code></th><td class="cell-text" data-label="What it grants">{{grants}}</td><td class="cell-text" data-label="Why it is needed">{{#description}}{{description}}{{/description}}{{^description}}<span class="muted">No reason given</span>{{/description}}</td><td class="cell-text" data-label="Status"><span class="status status-{{statusKey}}">{{#revokedAutomatically}}Revoked{{/revokedAutomatically}}{{^revokedAutomatically}}{{statusLabel}}{{/revokedAutomatically}}</span>{{#revokedAutomatically}}<span class="status-note">revoked automatically when the proposal was completed</span>{{/revokedAutomatically}}</td></tr>
    {{/permissions}}</tbody>
    </table>
    </div>
    </section>
    {{/empty(permissions)}}</article>
    {{/main}}{{/layout}}
    """
}
