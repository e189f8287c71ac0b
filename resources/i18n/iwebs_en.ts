<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountBillsPage</name>
    <message>
        <source>Subscriber&apos;s bills</source>
        <translation>Subscriber&apos;s bills</translation>
    </message>
    <message>
        <source>Account number (Ctrl+F)</source>
        <translation>Account number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open an account: type its number, or press F on the customer 360 view.</source>
        <translation>Open an account: type its number, or press F on the customer 360 view.</translation>
    </message>
    <message>
        <source>&amp;Print the bill (Ctrl+P)</source>
        <translation>&amp;Print the bill (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ask for a &amp;correction...</source>
        <translation>Ask for a &amp;correction...</translation>
    </message>
    <message>
        <source>&amp;Bill a subscription... (Ctrl+I)</source>
        <translation>&amp;Bill a subscription... (Ctrl+I)</translation>
    </message>
    <message>
        <source>Back to the &amp;customer (Esc)</source>
        <translation>Back to the &amp;customer (Esc)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <source>Bills and credit notes</source>
        <translation>Bills and credit notes</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>Save the bill</source>
        <translation>Save the bill</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Correct the bill</source>
        <translation>Correct the bill</translation>
    </message>
    <message>
        <source>Why must bill %1 be corrected? Once another user approves, a credit note cancels it and a corrected bill is issued.</source>
        <translation>Why must bill %1 be corrected? Once another user approves, a credit note cancels it and a corrected bill is issued.</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>Correction requested</translation>
    </message>
    <message>
        <source>The correction waits for the approval of another user with the right to approve bill corrections (Approvals screen).</source>
        <translation>The correction waits for the approval of another user with the right to approve bill corrections (Approvals screen).</translation>
    </message>
    <message>
        <source>Payments and matches</source>
        <translation>Payments and matches</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <source>Grou&amp;ped account (pays for other accounts)</source>
        <translation>Grou&amp;ped account (pays for other accounts)</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>PO Bo&amp;x:</source>
        <translation>PO Bo&amp;x:</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>&amp;New agency...</source>
        <translation>&amp;New agency...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
</context>
<context>
    <name>AgencyAdminPresenter</name>
    <message>
        <source>Enter a code.</source>
        <translation>Enter a code.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>New agency</source>
        <translation>New agency</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>Edit agency</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AgencyListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AgencyPicker</name>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
</context>
<context>
    <name>ApprovalListModel</name>
    <message>
        <source>Requested</source>
        <extracomment>&quot;... (25000 XOF)&quot; at the end of a summary: the amount when the payload has none</extracomment>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unlock a user</source>
        <translation>Unlock a user</translation>
    </message>
    <message>
        <source>Change the security policy</source>
        <translation>Change the security policy</translation>
    </message>
    <message>
        <source>Cancel a receipt</source>
        <translation>Cancel a receipt</translation>
    </message>
    <message>
        <source>Disbursement from a till</source>
        <translation>Disbursement from a till</translation>
    </message>
    <message>
        <source>New tariff version</source>
        <translation>New tariff version</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Correct a bill</source>
        <translation>Correct a bill</translation>
    </message>
</context>
<context>
    <name>ApprovalPresenter</name>
    <message>
        <source>Amount: %1</source>
        <extracomment>(approval_request_id, text): a fuller detail fetched after the selection (tariff grids)</extracomment>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Beneficiary: %1</source>
        <translation>Beneficiary: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Requested by %1 on %2</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Pending approvals</source>
        <translation>Pending approvals</translation>
    </message>
    <message>
        <source>&amp;Approve...</source>
        <translation>&amp;Approve...</translation>
    </message>
    <message>
        <source>&amp;Reject...</source>
        <translation>&amp;Reject...</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Comment (optional):</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Why is it rejected?</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decision recorded</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duration (ms)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
</context>
<context>
    <name>AuditLogPresenter</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>e.g. session.</source>
        <translation>e.g. session.</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
</context>
<context>
    <name>BankDepositListModel</name>
    <message>
        <source>Deposit no.</source>
        <translation>Deposit no.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Prepared at</source>
        <translation>Prepared at</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Bank slip</source>
        <translation>Bank slip</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Cash deposit</translation>
    </message>
    <message>
        <source>Cheque remittance</source>
        <translation>Cheque remittance</translation>
    </message>
    <message>
        <source>Waiting for the slip</source>
        <translation>Waiting for the slip</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>BankDepositPresenter</name>
    <message>
        <source>No cheque ticked (Space ticks the selected cheque).</source>
        <translation>No cheque ticked (Space ticks the selected cheque).</translation>
    </message>
    <message>
        <source>%1 cheque(s) ticked: %2</source>
        <translation>%1 cheque(s) ticked: %2</translation>
    </message>
    <message>
        <source>Choose the bank.</source>
        <translation>Choose the bank.</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 25 000.</source>
        <translation>Type an amount, e.g. 25 000.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
    <message>
        <source>Type the amount of at least one till.</source>
        <translation>Type the amount of at least one till.</translation>
    </message>
    <message>
        <source>Total of the deposit: %1</source>
        <translation>Total of the deposit: %1</translation>
    </message>
    <message>
        <source>Tick the cheques to remit.</source>
        <translation>Tick the cheques to remit.</translation>
    </message>
    <message>
        <source>Type the number of the bank&apos;s slip.</source>
        <translation>Type the number of the bank&apos;s slip.</translation>
    </message>
</context>
<context>
    <name>BankDepositsPage</name>
    <message>
        <source>Bank deposits</source>
        <translation>Bank deposits</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <source>To deposit</source>
        <translation>To deposit</translation>
    </message>
    <message>
        <source>Not deposited from earlier days:</source>
        <translation>Not deposited from earlier days:</translation>
    </message>
    <message>
        <source>Collected today:</source>
        <translation>Collected today:</translation>
    </message>
    <message>
        <source>Total to deposit:</source>
        <translation>Total to deposit:</translation>
    </message>
    <message>
        <source>Prepare a &amp;cash deposit...</source>
        <translation>Prepare a &amp;cash deposit...</translation>
    </message>
    <message>
        <source>Prepare a c&amp;heque remittance...</source>
        <translation>Prepare a c&amp;heque remittance...</translation>
    </message>
    <message>
        <source>Record the bank&apos;s &amp;slip...</source>
        <translation>Record the bank&apos;s &amp;slip...</translation>
    </message>
    <message>
        <source>&amp;1 Tills with cash to deposit</source>
        <translation>&amp;1 Tills with cash to deposit</translation>
    </message>
    <message>
        <source>&amp;2 Cheques on hand</source>
        <translation>&amp;2 Cheques on hand</translation>
    </message>
    <message>
        <source>&amp;3 Deposits</source>
        <translation>&amp;3 Deposits</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>To deposit on %1</source>
        <translation>To deposit on %1</translation>
    </message>
    <message>
        <source>Deposit %1 prepared: %2 to %3. Record the bank&apos;s slip when it comes back.</source>
        <translation>Deposit %1 prepared: %2 to %3. Record the bank&apos;s slip when it comes back.</translation>
    </message>
    <message>
        <source>Bank slip %1 recorded for deposit %2.</source>
        <translation>Bank slip %1 recorded for deposit %2.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>New billing batch</source>
        <translation>New billing batch</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Periodicity:</source>
        <translation>&amp;Periodicity:</translation>
    </message>
    <message>
        <source>Tariff &amp;categories (none: any):</source>
        <translation>Tariff &amp;categories (none: any):</translation>
    </message>
    <message>
        <source>&amp;Rounds (none: any):</source>
        <translation>&amp;Rounds (none: any):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BillAccountPresenter</name>
    <message>
        <source>An account number has 10 digits (the last one is its check digit).</source>
        <translation>An account number has 10 digits (the last one is its check digit).</translation>
    </message>
    <message>
        <source>Choose the subscription to bill.</source>
        <translation>Choose the subscription to bill.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Say why the bill must be corrected.</source>
        <translation>Say why the bill must be corrected.</translation>
    </message>
</context>
<context>
    <name>BillRows</name>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>to pay</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Still to pay</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Tariff version</source>
        <translation>Tariff version</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Matched with the advance</source>
        <translation>Matched with the advance</translation>
    </message>
    <message>
        <source>Matched with a credit note</source>
        <translation>Matched with a credit note</translation>
    </message>
    <message>
        <source>Matched with the deposit</source>
        <translation>Matched with the deposit</translation>
    </message>
    <message>
        <source>Deposit released to the advance</source>
        <translation>Deposit released to the advance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>in credit</source>
        <translation>in credit</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>settled</translation>
    </message>
    <message>
        <source>correction awaiting approval</source>
        <translation>correction awaiting approval</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>Bill carried over from the former system (no reading).</source>
        <translation>Bill carried over from the former system (no reading).</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(estimated)</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>credit notes %1</source>
        <translation>credit notes %1</translation>
    </message>
    <message>
        <source>advance %1</source>
        <translation>advance %1</translation>
    </message>
    <message>
        <source>deposit held %1</source>
        <translation>deposit held %1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Preview (nothing written): %1 for %2</source>
        <translation>Preview (nothing written): %1 for %2</translation>
    </message>
    <message>
        <source>Balance %1 (%2)</source>
        <translation>Balance %1 (%2)</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation>cancelled by %1</translation>
    </message>
    <message>
        <source>cancels %1</source>
        <translation>cancels %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(from %1)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>Payment cancelled</translation>
    </message>
    <message>
        <source>Opening balance %1 — closing balance %2</source>
        <translation>Opening balance %1 — closing balance %2</translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation>Controls: %1</translation>
    </message>
    <message>
        <source>Deposit: %1 settled the bill, %2 goes to the advance (to refund)</source>
        <translation>Deposit: %1 settled the bill, %2 goes to the advance (to refund)</translation>
    </message>
    <message>
        <source>open bills %1 (%2)</source>
        <translation>open bills %1 (%2)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Bill %1 issued: %2</source>
        <translation>Bill %1 issued: %2</translation>
    </message>
    <message>
        <source>Total %1, of which taxes %2 — %3 lines</source>
        <translation>Total %1, of which taxes %2 — %3 lines</translation>
    </message>
    <message>
        <source>%1 %2 — period %3 (%4 to %5) — %6</source>
        <translation>%1 %2 — period %3 (%4 to %5) — %6</translation>
    </message>
    <message>
        <source>Meter %1: index %2 on %3 → %4 on %5 = %6 %7</source>
        <translation>Meter %1: index %2 on %3 → %4 on %5 = %6 %7</translation>
    </message>
</context>
<context>
    <name>BillRunPanel</name>
    <message>
        <source>Choose a run in the list, or create one.</source>
        <translation>Choose a run in the list, or create one.</translation>
    </message>
    <message>
        <source>Simulate a&amp;gain</source>
        <translation>Simulate a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Finalize... (F9)</source>
        <translation>&amp;Finalize... (F9)</translation>
    </message>
    <message>
        <source>Cancel the r&amp;un...</source>
        <translation>Cancel the r&amp;un...</translation>
    </message>
    <message>
        <source>&amp;Print the summary (Ctrl+P)</source>
        <translation>&amp;Print the summary (Ctrl+P)</translation>
    </message>
    <message>
        <source>Not billed runs in a row</source>
        <translation>Not billed runs in a row</translation>
    </message>
    <message>
        <source>E&amp;xplain (Enter)</source>
        <translation>E&amp;xplain (Enter)</translation>
    </message>
    <message>
        <source>&amp;Release (Ctrl+L)</source>
        <translation>&amp;Release (Ctrl+L)</translation>
    </message>
    <message>
        <source>Exclu&amp;de (Ctrl+E)</source>
        <translation>Exclu&amp;de (Ctrl+E)</translation>
    </message>
    <message>
        <source>Re&amp;compute (Ctrl+K)</source>
        <translation>Re&amp;compute (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>&amp;Load more</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>%1 subscriptions</source>
        <translation>%1 subscriptions</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Why is this bill right (note)?</source>
        <translation>Why is this bill right (note)?</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Why keep it out of this run?</source>
        <translation>Why keep it out of this run?</translation>
    </message>
    <message>
        <source>Simulate again</source>
        <translation>Simulate again</translation>
    </message>
    <message>
        <source>Select and simulate the whole run again? Items released or excluded by hand are computed again from the readings of today.</source>
        <translation>Select and simulate the whole run again? Items released or excluded by hand are computed again from the readings of today.</translation>
    </message>
    <message>
        <source>Finalize the run</source>
        <translation>Finalize the run</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancel the run</translation>
    </message>
    <message>
        <source>Why cancel this run?</source>
        <translation>Why cancel this run?</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <source>Summary saved: %1</source>
        <translation>Summary saved: %1</translation>
    </message>
</context>
<context>
    <name>BillRunPresenter</name>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Not updated at %1: %2</source>
        <translation>Not updated at %1: %2</translation>
    </message>
    <message>
        <source>Finalize run %1?

%2 bills will be numbered and posted for %3 (ready and released items). This cannot be undone: a bill is then corrected only by a credit note.</source>
        <translation>Finalize run %1?

%2 bills will be numbered and posted for %3 (ready and released items). This cannot be undone: a bill is then corrected only by a credit note.</translation>
    </message>
    <message>
        <source>%1 items are still held by a control: they will not be billed by this run.</source>
        <translation>%1 items are still held by a control: they will not be billed by this run.</translation>
    </message>
</context>
<context>
    <name>BillRunRows</name>
    <message>
        <source>Simulating</source>
        <translation>Simulating</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulated</translation>
    </message>
    <message>
        <source>Finalizing</source>
        <translation>Finalizing</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Final bill</source>
        <translation>Final bill</translation>
    </message>
    <message>
        <source>Held by a control</source>
        <extracomment>the review tabs, in order: (outcomes listed, title)</extracomment>
        <translation>Held by a control</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Not billed</source>
        <translation>Not billed</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Negative amount</source>
        <translation>Negative amount</translation>
    </message>
    <message>
        <source>Zero amount</source>
        <translation>Zero amount</translation>
    </message>
    <message>
        <source>Zero consumption on an active subscription</source>
        <translation>Zero consumption on an active subscription</translation>
    </message>
    <message>
        <source>Far above the subscriber&apos;s average</source>
        <translation>Far above the subscriber&apos;s average</translation>
    </message>
    <message>
        <source>Far below the subscriber&apos;s average</source>
        <translation>Far below the subscriber&apos;s average</translation>
    </message>
    <message>
        <source>Above the control ceiling</source>
        <translation>Above the control ceiling</translation>
    </message>
    <message>
        <source>Estimated: no reading</source>
        <translation>Estimated: no reading</translation>
    </message>
    <message>
        <source>Estimated too many times in a row</source>
        <translation>Estimated too many times in a row</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>No reading</translation>
    </message>
    <message>
        <source>Reading to check (reading case)</source>
        <translation>Reading to check (reading case)</translation>
    </message>
    <message>
        <source>Too many estimates in a row</source>
        <translation>Too many estimates in a row</translation>
    </message>
    <message>
        <source>No tariff for the period</source>
        <translation>No tariff for the period</translation>
    </message>
    <message>
        <source>No meter installed</source>
        <translation>No meter installed</translation>
    </message>
    <message>
        <source>No start index (no invoice, reading or installation index)</source>
        <translation>No start index (no invoice, reading or installation index)</translation>
    </message>
    <message>
        <source>Peak / off-peak meter: no time-of-use tariff yet</source>
        <translation>Peak / off-peak meter: no time-of-use tariff yet</translation>
    </message>
    <message>
        <source>Not active in the period</source>
        <translation>Not active in the period</translation>
    </message>
    <message>
        <source>Prepaid: not billed by reading</source>
        <translation>Prepaid: not billed by reading</translation>
    </message>
    <message>
        <source>Amount too large to be billed</source>
        <translation>Amount too large to be billed</translation>
    </message>
    <message>
        <source>Subscription not found</source>
        <translation>Subscription not found</translation>
    </message>
    <message>
        <source>Changed since the simulation: simulate again</source>
        <translation>Changed since the simulation: simulate again</translation>
    </message>
    <message>
        <source>A final reading is required</source>
        <translation>A final reading is required</translation>
    </message>
    <message>
        <source>Subscription not billable</source>
        <translation>Subscription not billable</translation>
    </message>
    <message>
        <source>Already billed for the period</source>
        <translation>Already billed for the period</translation>
    </message>
    <message>
        <source>Error while issuing</source>
        <translation>Error while issuing</translation>
    </message>
    <message>
        <source>Computation error</source>
        <translation>Computation error</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation>Periodicity</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>every subscription of the agency</source>
        <translation>every subscription of the agency</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Bill date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Finalization</source>
        <translation>Finalization</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Tariff version</source>
        <translation>Tariff version</translation>
    </message>
    <message>
        <source>Runs in a row</source>
        <translation>Runs in a row</translation>
    </message>
    <message>
        <source>Last cause</source>
        <translation>Last cause</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Any periodicity</source>
        <translation>Any periodicity</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Every two months</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Water and electricity</source>
        <translation>Water and electricity</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(estimated)</translation>
    </message>
    <message>
        <source>consumption %1</source>
        <translation>consumption %1</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>categories %1</source>
        <translation>categories %1</translation>
    </message>
    <message>
        <source>rounds %1</source>
        <translation>rounds %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Items held by a control wait for review</source>
        <translation>Items held by a control wait for review</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 per second</translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation>same period last year</translation>
    </message>
    <message>
        <source>average per day</source>
        <translation>average per day</translation>
    </message>
    <message>
        <source>category average</source>
        <translation>category average</translation>
    </message>
    <message>
        <source>(estimated: %1)</source>
        <translation>(estimated: %1)</translation>
    </message>
    <message>
        <source>cannot be billed: %1</source>
        <translation>cannot be billed: %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>chunks %1 / %2</source>
        <translation>chunks %1 / %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>period %1 to %2</source>
        <translation>period %1 to %2</translation>
    </message>
    <message>
        <source>index %1 → %2</source>
        <translation>index %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 / %3 (%4 %)</source>
        <translation>%1: %2 / %3 (%4 %)</translation>
    </message>
    <message>
        <source>Run %1 — batch %2 — period %3 (%4 to %5)</source>
        <translation>Run %1 — batch %2 — period %3 (%4 to %5)</translation>
    </message>
    <message>
        <source>%1 — bill date %2, due %3 — %4 items: %5 ready, %6 held, %7 released, %8 excluded, %9 not billed, %10 billed — amount %11</source>
        <translation>%1 — bill date %2, due %3 — %4 items: %5 ready, %6 held, %7 released, %8 excluded, %9 not billed, %10 billed — amount %11</translation>
    </message>
    <message>
        <source>Give the batch a code.</source>
        <translation>Give the batch a code.</translation>
    </message>
    <message>
        <source>Give the batch a name.</source>
        <translation>Give the batch a name.</translation>
    </message>
    <message>
        <source>Name the period, e.g. 2026-11.</source>
        <translation>Name the period, e.g. 2026-11.</translation>
    </message>
    <message>
        <source>Give the first and last day of the period.</source>
        <translation>Give the first and last day of the period.</translation>
    </message>
    <message>
        <source>A code has at most 32 characters, without spaces.</source>
        <translation>A code has at most 32 characters, without spaces.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>A name has at most 200 characters.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>A period lasts at most one year.</source>
        <translation>A period lasts at most one year.</translation>
    </message>
</context>
<context>
    <name>BillRunsPage</name>
    <message>
        <source>Batches and bill runs</source>
        <translation>Batches and bill runs</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <source>&amp;New batch... (Ctrl+N)</source>
        <translation>&amp;New batch... (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit... (F2)</source>
        <translation>&amp;Edit... (F2)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Deac&amp;tivate</translation>
    </message>
    <message>
        <source>New &amp;run... (Ctrl+R)</source>
        <translation>New &amp;run... (Ctrl+R)</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>Deactivate the batch</source>
        <translation>Deactivate the batch</translation>
    </message>
    <message>
        <source>Deactivate batch %1? No new run can bill it; its runs stay.</source>
        <translation>Deactivate batch %1? No new run can bill it; its runs stay.</translation>
    </message>
    <message>
        <source>Billing batches</source>
        <translation>Billing batches</translation>
    </message>
    <message>
        <source>Runs of the agency</source>
        <translation>Runs of the agency</translation>
    </message>
</context>
<context>
    <name>BillsEntry</name>
    <message>
        <source>Bills (&amp;F)</source>
        <translation>Bills (&amp;F)</translation>
    </message>
    <message>
        <source>The account&apos;s bills, balance and open items (F)</source>
        <translation>The account&apos;s bills, balance and open items (F)</translation>
    </message>
</context>
<context>
    <name>CashClosureListModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>First and last receipt</source>
        <translation>First and last receipt</translation>
    </message>
    <message>
        <source>Period total</source>
        <translation>Period total</translation>
    </message>
    <message>
        <source>Perpetual total</source>
        <translation>Perpetual total</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Totals by tender</source>
        <translation>Totals by tender</translation>
    </message>
    <message>
        <source>Agency day</source>
        <translation>Agency day</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
</context>
<context>
    <name>CashDepositDialog</name>
    <message>
        <source>Prepare a cash deposit</source>
        <translation>Prepare a cash deposit</translation>
    </message>
    <message>
        <source>%1, %2 (left %3):</source>
        <translation>%1, %2 (left %3):</translation>
    </message>
    <message>
        <source>No closed till has cash left to deposit.</source>
        <translation>No closed till has cash left to deposit.</translation>
    </message>
</context>
<context>
    <name>CashDeskPage</name>
    <message>
        <source>Looking for your cash session...</source>
        <translation>Looking for your cash session...</translation>
    </message>
    <message>
        <source>Payment (Alt+1)</source>
        <translation>Payment (Alt+1)</translation>
    </message>
    <message>
        <source>Session receipts (Alt+2)</source>
        <translation>Session receipts (Alt+2)</translation>
    </message>
    <message>
        <source>Closing (Alt+3)</source>
        <translation>Closing (Alt+3)</translation>
    </message>
    <message>
        <source>Transfer to head cashier... (Ctrl+Shift+T)</source>
        <translation>Transfer to head cashier... (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Disbursement... (Ctrl+Shift+D)</source>
        <translation>Disbursement... (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>%1 - %2 - %3 - float %4 - %5 receipt(s)</source>
        <translation>%1 - %2 - %3 - float %4 - %5 receipt(s)</translation>
    </message>
    <message>
        <source>head cashier</source>
        <translation>head cashier</translation>
    </message>
    <message>
        <source>This payment had already been recorded: here is its receipt.</source>
        <translation>This payment had already been recorded: here is its receipt.</translation>
    </message>
    <message>
        <source>Till closed. Counted cash %1, difference %2, %3 receipt(s).</source>
        <translation>Till closed. Counted cash %1, difference %2, %3 receipt(s).</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message>
        <source>Save the closure as PDF</source>
        <translation>Save the closure as PDF</translation>
    </message>
    <message>
        <source>Closure saved as PDF: %1</source>
        <translation>Closure saved as PDF: %1</translation>
    </message>
</context>
<context>
    <name>CashDeskPresenter</name>
    <message>
        <source>Cancelled by %1</source>
        <translation>Cancelled by %1</translation>
    </message>
    <message>
        <source>Cancellation pending approval</source>
        <translation>Cancellation pending approval</translation>
    </message>
    <message>
        <source>Cancels %1</source>
        <translation>Cancels %1</translation>
    </message>
    <message>
        <source>Transfer of %1 to the head cashier recorded.</source>
        <extracomment>the open CashSession of this cashier at this workstation, or None the approval request id of a cancellation request a sentence saying what was recorded (a transfer, a disbursement paid or waiting) [(code, label, is a refund)] of DISBURSEMENT_TYPE</extracomment>
        <translation>Transfer of %1 to the head cashier recorded.</translation>
    </message>
    <message>
        <source>The disbursement of %1 is waiting for approval; it is paid out once approved.</source>
        <translation>The disbursement of %1 is waiting for approval; it is paid out once approved.</translation>
    </message>
    <message>
        <source>Disbursement of %1 paid out (voucher %2).</source>
        <translation>Disbursement of %1 paid out (voucher %2).</translation>
    </message>
</context>
<context>
    <name>CashForms</name>
    <message>
        <source>Cash</source>
        <extracomment>digits after the decimal point of a currency; the CFA francs have none payment mode kinds (PAYMENT_MODE attribute `kind`)</extracomment>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <source>Bank transfers</source>
        <translation>Bank transfers</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Enter the amount of this tender.</source>
        <translation>Enter the amount of this tender.</translation>
    </message>
    <message>
        <source>Choose the bank.</source>
        <translation>Choose the bank.</translation>
    </message>
    <message>
        <source>Enter the cheque number.</source>
        <translation>Enter the cheque number.</translation>
    </message>
    <message>
        <source>Enter the transaction reference.</source>
        <translation>Enter the transaction reference.</translation>
    </message>
    <message>
        <source>Enter who signed the cheque.</source>
        <translation>Enter who signed the cheque.</translation>
    </message>
    <message>
        <source>Choose an account, or add a fee to pay without an account.</source>
        <translation>Choose an account, or add a fee to pay without an account.</translation>
    </message>
    <message>
        <source>Enter the payer&apos;s name.</source>
        <translation>Enter the payer&apos;s name.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Enter an amount greater than zero.</translation>
    </message>
    <message>
        <source>Enter the fee amount.</source>
        <translation>Enter the fee amount.</translation>
    </message>
    <message>
        <source>Enter the reference (quote number).</source>
        <translation>Enter the reference (quote number).</translation>
    </message>
    <message>
        <source>Add at least one tender.</source>
        <translation>Add at least one tender.</translation>
    </message>
    <message>
        <source>The tenders do not cover the amount.</source>
        <translation>The tenders do not cover the amount.</translation>
    </message>
    <message>
        <source>Change is given in cash only: the other tenders exceed the amount.</source>
        <translation>Change is given in cash only: the other tenders exceed the amount.</translation>
    </message>
    <message>
        <source>The difference exceeds the tolerance: explain it in a comment.</source>
        <translation>The difference exceeds the tolerance: explain it in a comment.</translation>
    </message>
</context>
<context>
    <name>CashSupervision</name>
    <message>
        <source>%1 (cash %2, cheques %3)</source>
        <translation>%1 (cash %2, cheques %3)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>(head cashier)</source>
        <translation>(head cashier)</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <source>Total: %1 till(s), %2 open, %3 receipt(s)</source>
        <translation>Total: %1 till(s), %2 open, %3 receipt(s)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Customer / payer</source>
        <translation>Customer / payer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Tenders</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Cancelled by %1</translation>
    </message>
    <message>
        <source>Cancels %1</source>
        <translation>Cancels %1</translation>
    </message>
    <message>
        <source>Cancellation pending</source>
        <translation>Cancellation pending</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Transfer to head cashier</source>
        <translation>Transfer to head cashier</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transfer received</translation>
    </message>
    <message>
        <source>Closing difference</source>
        <translation>Closing difference</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Denomination</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>Not closed yet.</translation>
    </message>
    <message>
        <source>Closed at %1 by %2</source>
        <translation>Closed at %1 by %2</translation>
    </message>
    <message>
        <source>Expected cash %1, counted %2, difference %3</source>
        <translation>Expected cash %1, counted %2, difference %3</translation>
    </message>
    <message>
        <source>Receipts %1 (%2 to %3)</source>
        <translation>Receipts %1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Depositable</source>
        <translation>Depositable</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Deposited</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Remit</source>
        <translation>Remit</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Cheque no.</source>
        <translation>Cheque no.</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Drawer</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Premise</source>
        <translation>Premise</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Creation</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue.</source>
        <translation>You must choose a new password before you continue.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>C&amp;onfirm the new password:</source>
        <translation>C&amp;onfirm the new password:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChequeRemittanceDialog</name>
    <message>
        <source>Prepare a cheque remittance</source>
        <translation>Prepare a cheque remittance</translation>
    </message>
    <message>
        <source>Cheques:</source>
        <translation>Cheques:</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>Note / coin</source>
        <extracomment>the cashier asked to close (the page confirms, then calls presenter.close)</extracomment>
        <translation>Note / coin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Required when a difference exceeds the tolerance</source>
        <translation>Required when a difference exceeds the tolerance</translation>
    </message>
    <message>
        <source>&amp;Recount from the server (F5)</source>
        <translation>&amp;Recount from the server (F5)</translation>
    </message>
    <message>
        <source>Close the till... (F12)</source>
        <translation>Close the till... (F12)</translation>
    </message>
    <message>
        <source>Billetage: count the cash note by note</source>
        <translation>Billetage: count the cash note by note</translation>
    </message>
    <message>
        <source>Per tender kind</source>
        <translation>Per tender kind</translation>
    </message>
    <message>
        <source>Expected cash:</source>
        <translation>Expected cash:</translation>
    </message>
    <message>
        <source>Counted cash:</source>
        <translation>Counted cash:</translation>
    </message>
    <message>
        <source>Difference (over + / short -):</source>
        <translation>Difference (over + / short -):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Close the till</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>as expected</translation>
    </message>
    <message>
        <source>Tolerance: %1</source>
        <translation>Tolerance: %1</translation>
    </message>
    <message>
        <source>Close the till with %1 counted in cash (difference %2)? This cannot be undone.</source>
        <translation>Close the till with %1 counted in cash (difference %2)? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>Customer360Page</name>
    <message>
        <source>No customer open</source>
        <translation>No customer open</translation>
    </message>
    <message>
        <source>Find a customer with the search (Ctrl+F).</source>
        <translation>Find a customer with the search (Ctrl+F).</translation>
    </message>
    <message>
        <source>&amp;Back to search (Esc)</source>
        <translation>&amp;Back to search (Esc)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <source>&amp;Edit customer...</source>
        <translation>&amp;Edit customer...</translation>
    </message>
    <message>
        <source>&amp;New customer...</source>
        <translation>&amp;New customer...</translation>
    </message>
    <message>
        <source>Grouped accounts and their members</source>
        <translation>Grouped accounts and their members</translation>
    </message>
    <message>
        <source>New &amp;account...</source>
        <translation>New &amp;account...</translation>
    </message>
    <message>
        <source>Billing add&amp;ress...</source>
        <translation>Billing add&amp;ress...</translation>
    </message>
    <message>
        <source>&amp;Join a grouped account...</source>
        <translation>&amp;Join a grouped account...</translation>
    </message>
    <message>
        <source>&amp;Leave the grouped account...</source>
        <translation>&amp;Leave the grouped account...</translation>
    </message>
    <message>
        <source>Fit a &amp;seal...</source>
        <translation>Fit a &amp;seal...</translation>
    </message>
    <message>
        <source>New &amp;subscription...</source>
        <translation>New &amp;subscription...</translation>
    </message>
    <message>
        <source>&amp;Change (tariff, power)...</source>
        <translation>&amp;Change (tariff, power)...</translation>
    </message>
    <message>
        <source>New &amp;premise...</source>
        <translation>New &amp;premise...</translation>
    </message>
    <message>
        <source>Edit premise (address, &amp;GPS)...</source>
        <translation>Edit premise (address, &amp;GPS)...</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Seals</translation>
    </message>
    <message>
        <source>&amp;Register a meter...</source>
        <translation>&amp;Register a meter...</translation>
    </message>
    <message>
        <source>&amp;Install a meter...</source>
        <translation>&amp;Install a meter...</translation>
    </message>
    <message>
        <source>Re&amp;move the meter...</source>
        <translation>Re&amp;move the meter...</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Meters</translation>
    </message>
    <message>
        <source>Unpaid bills</source>
        <translation>Unpaid bills</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>+221 77 123 45 67, 33 821 00 00</source>
        <translation>+221 77 123 45 67, 33 821 00 00</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>E-&amp;bills by e-mail</source>
        <translation>E-&amp;bills by e-mail</translation>
    </message>
    <message>
        <source>S&amp;MS notices</source>
        <translation>S&amp;MS notices</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>Gi&amp;ven names:</source>
        <translation>Gi&amp;ven names:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>ID &amp;document type:</source>
        <translation>ID &amp;document type:</translation>
    </message>
    <message>
        <source>ID document n&amp;umber:</source>
        <translation>ID document n&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Opt-ins:</source>
        <translation>Opt-ins:</translation>
    </message>
</context>
<context>
    <name>CustomerForms</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>A correction needs a reason.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>At most 500 characters.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Enter the family name.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Choose a person or an organisation.</source>
        <translation>Choose a person or an organisation.</translation>
    </message>
    <message>
        <source>Choose the agency.</source>
        <translation>Choose the agency.</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Not a phone number: %1</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Not an e-mail address.</translation>
    </message>
    <message>
        <source>E-bills need an e-mail address.</source>
        <translation>E-bills need an e-mail address.</translation>
    </message>
    <message>
        <source>SMS need a phone number.</source>
        <translation>SMS need a phone number.</translation>
    </message>
    <message>
        <source>Give the type of the document.</source>
        <translation>Give the type of the document.</translation>
    </message>
    <message>
        <source>Enter an address or a postal box.</source>
        <translation>Enter an address or a postal box.</translation>
    </message>
    <message>
        <source>Enter the town.</source>
        <translation>Enter the town.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees, -90 to 90, at most 6 decimals.</source>
        <translation>Latitude in decimal degrees, -90 to 90, at most 6 decimals.</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees, -180 to 180, at most 6 decimals.</source>
        <translation>Longitude in decimal degrees, -180 to 180, at most 6 decimals.</translation>
    </message>
    <message>
        <source>Must be zero or more.</source>
        <translation>Must be zero or more.</translation>
    </message>
    <message>
        <source>Choose the paying account.</source>
        <translation>Choose the paying account.</translation>
    </message>
    <message>
        <source>Choose the premise.</source>
        <translation>Choose the premise.</translation>
    </message>
    <message>
        <source>Subscribed power in kVA, more than zero.</source>
        <translation>Subscribed power in kVA, more than zero.</translation>
    </message>
    <message>
        <source>Enter the calibre.</source>
        <translation>Enter the calibre.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Cannot be in the future.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Say why.</translation>
    </message>
    <message>
        <source>Enter the serial number.</source>
        <translation>Enter the serial number.</translation>
    </message>
    <message>
        <source>Between 3 and 12 digits.</source>
        <translation>Between 3 and 12 digits.</translation>
    </message>
    <message>
        <source>A number more than zero.</source>
        <translation>A number more than zero.</translation>
    </message>
    <message>
        <source>At least one register.</source>
        <translation>At least one register.</translation>
    </message>
    <message>
        <source>Enter the serial number of a meter in stock.</source>
        <translation>Enter the serial number of a meter in stock.</translation>
    </message>
    <message>
        <source>An index is a number of zero or more.</source>
        <translation>An index is a number of zero or more.</translation>
    </message>
    <message>
        <source>Not an active code of this list.</source>
        <translation>Not an active code of this list.</translation>
    </message>
    <message>
        <source>Not a phone number (8 to 15 digits).</source>
        <translation>Not a phone number (8 to 15 digits).</translation>
    </message>
    <message>
        <source>Between -90 and 90 degrees.</source>
        <translation>Between -90 and 90 degrees.</translation>
    </message>
    <message>
        <source>Between -180 and 180 degrees.</source>
        <translation>Between -180 and 180 degrees.</translation>
    </message>
    <message>
        <source>Not a valid choice.</source>
        <translation>Not a valid choice.</translation>
    </message>
    <message>
        <source>Not one of the allowed values.</source>
        <translation>Not one of the allowed values.</translation>
    </message>
    <message>
        <source>Someone changed this record while you were editing it. Close this window, refresh (F5) and enter your change again.</source>
        <translation>Someone changed this record while you were editing it. Close this window, refresh (F5) and enter your change again.</translation>
    </message>
</context>
<context>
    <name>CustomerOverview</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Every two months</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended (cut)</source>
        <translation>Suspended (cut)</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Suspend (cut)</source>
        <translation>Suspend (cut)</translation>
    </message>
    <message>
        <source>Resume (reconnect)</source>
        <translation>Resume (reconnect)</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <source>e-bill</source>
        <translation>e-bill</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Opt-ins</source>
        <translation>Opt-ins</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open bills</source>
        <translation>Open bills</translation>
    </message>
    <message>
        <source>PO Box %1</source>
        <translation>PO Box %1</translation>
    </message>
    <message>
        <source>Grouped account (pays for its members)</source>
        <translation>Grouped account (pays for its members)</translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation>Member of %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Grouped account</source>
        <translation>Grouped account</translation>
    </message>
    <message>
        <source>Member account</source>
        <translation>Member account</translation>
    </message>
    <message>
        <source>Member&apos;s billing address</source>
        <translation>Member&apos;s billing address</translation>
    </message>
    <message>
        <source>Subscription no.</source>
        <translation>Subscription no.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Tariff category</source>
        <translation>Tariff category</translation>
    </message>
    <message>
        <source>Power / calibre</source>
        <translation>Power / calibre</translation>
    </message>
    <message>
        <source>Periodicity</source>
        <translation>Periodicity</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Premise</source>
        <translation>Premise</translation>
    </message>
    <message>
        <source>Premise no.</source>
        <translation>Premise no.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Landmark</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Round / order</source>
        <translation>Round / order</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Network address</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation>Feeder</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>Water sector</source>
        <translation>Water sector</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Make / type</source>
        <translation>Make / type</translation>
    </message>
    <message>
        <source>Calibre</source>
        <translation>Calibre</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplier</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Seals</translation>
    </message>
    <message>
        <source>Seal no.</source>
        <translation>Seal no.</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Fitted</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Bill no.</source>
        <translation>Bill no.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>No account</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Balance %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>Enter the number of the grouped account.</source>
        <translation>Enter the number of the grouped account.</translation>
    </message>
    <message>
        <source>An account cannot be a member of itself.</source>
        <translation>An account cannot be a member of itself.</translation>
    </message>
    <message>
        <source>No meter with this serial.</source>
        <translation>No meter with this serial.</translation>
    </message>
    <message>
        <source>Several meters that can be fitted have this serial (makes %1): none was fitted.</source>
        <translation>Several meters that can be fitted have this serial (makes %1): none was fitted.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Say why.</translation>
    </message>
    <message>
        <source>Enter the seal number.</source>
        <translation>Enter the seal number.</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Meter serial</source>
        <translation>Meter serial</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Premise address</source>
        <translation>Premise address</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPage</name>
    <message>
        <source>Customer search</source>
        <translation>Customer search</translation>
    </message>
    <message>
        <source>Account no., name, phone, meter serial or address, then Enter</source>
        <translation>Account no., name, phone, meter serial or address, then Enter</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search a&amp;gain</source>
        <translation>Search a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Open (Enter)</translation>
    </message>
    <message>
        <source>&amp;New customer...</source>
        <translation>&amp;New customer...</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Searching...</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>No customer found.</translation>
    </message>
    <message>
        <source>%1 result(s)</source>
        <translation>%1 result(s)</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPresenter</name>
    <message>
        <source>Type at least 2 characters.</source>
        <translation>Type at least 2 characters.</translation>
    </message>
    <message>
        <source>Type at most 100 characters.</source>
        <translation>Type at most 100 characters.</translation>
    </message>
</context>
<context>
    <name>DayClosurePresenter</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Close the business day %1 of agency %2?

Every till of that day must be closed. The closure is final: no receipt can be added to that day.</source>
        <translation>Close the business day %1 of agency %2?

Every till of that day must be closed. The closure is final: no receipt can be added to that day.</translation>
    </message>
</context>
<context>
    <name>DayClosuresPage</name>
    <message>
        <source>Cash closures</source>
        <translation>Cash closures</translation>
    </message>
    <message>
        <source>&amp;Close the day...</source>
        <translation>&amp;Close the day...</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Day closed (closure no. %1): %2 receipt(s), total %3, perpetual total %4.</source>
        <translation>Day closed (closure no. %1): %2 receipt(s), total %3, perpetual total %4.</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Replace the reading</source>
        <translation>Replace the reading</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>New &amp;index:</source>
        <translation>New &amp;index:</translation>
    </message>
    <message>
        <source>What the field check &amp;found:</source>
        <translation>What the field check &amp;found:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>R&amp;elease</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>- choose the bank -</source>
        <translation>- choose the bank -</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <source>&amp;Prepare the deposit</source>
        <translation>&amp;Prepare the deposit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mment:</translation>
    </message>
</context>
<context>
    <name>DisbursementDialog</name>
    <message>
        <source>Disbursement from the till</source>
        <translation>Disbursement from the till</translation>
    </message>
    <message>
        <source>A refund needs an account: choose it first.</source>
        <translation>A refund needs an account: choose it first.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Beneficiary:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Refunded account:</source>
        <translation>Refunded account:</translation>
    </message>
    <message>
        <source>&amp;Pay out</source>
        <translation>&amp;Pay out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <source>Enter the beneficiary.</source>
        <translation>Enter the beneficiary.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Enter the reason.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Enroll this workstation</source>
        <translation>Enroll this workstation</translation>
    </message>
    <message>
        <source>This computer is not yet registered with the iWEBS server. Enter the enrollment code given by your administrator.</source>
        <translation>This computer is not yet registered with the iWEBS server. Enter the enrollment code given by your administrator.</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>B&amp;rowse...</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Main port:</source>
        <translation>&amp;Main port:</translation>
    </message>
    <message>
        <source>E&amp;nrollment port:</source>
        <translation>E&amp;nrollment port:</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>Enrollment &amp;code:</translation>
    </message>
    <message>
        <source>CA &amp;certificate file:</source>
        <translation>CA &amp;certificate file:</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Enroll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
</context>
<context>
    <name>EnrollmentPresenter</name>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535.</source>
        <translation>Enter a port between 1 and 65535.</translation>
    </message>
    <message>
        <source>Enter the enrollment code.</source>
        <translation>Enter the enrollment code.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation>Choose the CA certificate file.</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>#</source>
        <extracomment>widths that leave the result column in view on a 1366-pixel screen</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>New index</source>
        <translation>New index</translation>
    </message>
    <message>
        <source>Field code</source>
        <translation>Field code</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>ErrorDisplay</name>
    <message>
        <source>iWEBS</source>
        <translation>iWEBS</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Some fields are not valid.</translation>
    </message>
    <message>
        <source>This item no longer exists or is out of your scope.</source>
        <translation>This item no longer exists or is out of your scope.</translation>
    </message>
    <message>
        <source>An item with this code or name already exists.</source>
        <translation>An item with this code or name already exists.</translation>
    </message>
    <message>
        <source>Someone else changed this item meanwhile. Reload and try again.</source>
        <translation>Someone else changed this item meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>This is not possible in the record&apos;s present state (for example, the meter must be removed before the subscription ends).</source>
        <translation>This is not possible in the record&apos;s present state (for example, the meter must be removed before the subscription ends).</translation>
    </message>
    <message>
        <source>This request was already sent with different content.</source>
        <translation>This request was already sent with different content.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled. Enroll it first.</source>
        <translation>This workstation is not enrolled. Enroll it first.</translation>
    </message>
    <message>
        <source>The server does not know this workstation.</source>
        <translation>The server does not know this workstation.</translation>
    </message>
    <message>
        <source>This workstation has been revoked. Ask an administrator.</source>
        <translation>This workstation has been revoked. Ask an administrator.</translation>
    </message>
    <message>
        <source>The certificate of this workstation has expired. Ask an administrator for a new enrollment code.</source>
        <translation>The certificate of this workstation has expired. Ask an administrator for a new enrollment code.</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, already used or expired.</source>
        <translation>The enrollment code is wrong, already used or expired.</translation>
    </message>
    <message>
        <source>The certificate does not need renewal yet.</source>
        <translation>The certificate does not need renewal yet.</translation>
    </message>
    <message>
        <source>The server refused the certificate request.</source>
        <translation>The server refused the certificate request.</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>Please log in.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Your session has expired. Please log in again.</translation>
    </message>
    <message>
        <source>Your session was closed. Please log in again.</source>
        <translation>Your session was closed. Please log in again.</translation>
    </message>
    <message>
        <source>This session belongs to another workstation. Please log in again.</source>
        <translation>This session belongs to another workstation. Please log in again.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>This account is locked. Try again later or ask an administrator.</source>
        <translation>This account is locked. Try again later or ask an administrator.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>You must change your password first.</source>
        <translation>You must change your password first.</translation>
    </message>
    <message>
        <source>The new password does not follow the password rules.</source>
        <translation>The new password does not follow the password rules.</translation>
    </message>
    <message>
        <source>Too many attempts from this workstation. Wait and try again.</source>
        <translation>Too many attempts from this workstation. Wait and try again.</translation>
    </message>
    <message>
        <source>Your profile does not allow this action.</source>
        <translation>Your profile does not allow this action.</translation>
    </message>
    <message>
        <source>This action is not available on the server.</source>
        <translation>This action is not available on the server.</translation>
    </message>
    <message>
        <source>This agency is outside your scope of action.</source>
        <translation>This agency is outside your scope of action.</translation>
    </message>
    <message>
        <source>You cannot decide on a request you made yourself.</source>
        <translation>You cannot decide on a request you made yourself.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>This request has already been decided.</translation>
    </message>
    <message>
        <source>This change needs a second administrator.</source>
        <translation>This change needs a second administrator.</translation>
    </message>
    <message>
        <source>The server met an unexpected error.</source>
        <translation>The server met an unexpected error.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and try again.</source>
        <translation>The server cannot be reached. Check the network and try again.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>The CA certificate file cannot be read.</translation>
    </message>
    <message>
        <source>The key of this workstation cannot be stored in the system keyring.</source>
        <translation>The key of this workstation cannot be stored in the system keyring.</translation>
    </message>
    <message>
        <source>The application met an unexpected error.</source>
        <translation>The application met an unexpected error.</translation>
    </message>
    <message>
        <source>This workstation is not allowed to collect cash.</source>
        <translation>This workstation is not allowed to collect cash.</translation>
    </message>
    <message>
        <source>A cash session is already open for you today or on this till.</source>
        <translation>A cash session is already open for you today or on this till.</translation>
    </message>
    <message>
        <source>No cash session of yours is open on this workstation.</source>
        <translation>No cash session of yours is open on this workstation.</translation>
    </message>
    <message>
        <source>This amount cannot be accepted (partial payment, minimum or overpayment rules).</source>
        <translation>This amount cannot be accepted (partial payment, minimum or overpayment rules).</translation>
    </message>
    <message>
        <source>The tenders do not cover the amount (change is given in cash only).</source>
        <translation>The tenders do not cover the amount (change is given in cash only).</translation>
    </message>
    <message>
        <source>This receipt is already cancelled or its cancellation is pending.</source>
        <translation>This receipt is already cancelled or its cancellation is pending.</translation>
    </message>
    <message>
        <source>The difference exceeds the tolerance: a comment is required.</source>
        <translation>The difference exceeds the tolerance: a comment is required.</translation>
    </message>
    <message>
        <source>Some cash sessions of this day are still open.</source>
        <translation>Some cash sessions of this day are still open.</translation>
    </message>
    <message>
        <source>This business day is already closed.</source>
        <translation>This business day is already closed.</translation>
    </message>
    <message>
        <source>The deposit exceeds what is available to deposit.</source>
        <translation>The deposit exceeds what is available to deposit.</translation>
    </message>
    <message>
        <source>The tariff grid is not valid: see the marked cell.</source>
        <translation>The tariff grid is not valid: see the marked cell.</translation>
    </message>
    <message>
        <source>No approved tariff version covers this period.</source>
        <translation>No approved tariff version covers this period.</translation>
    </message>
    <message>
        <source>This reading is dated before the last one of the meter: enter readings in order.</source>
        <translation>This reading is dated before the last one of the meter: enter readings in order.</translation>
    </message>
    <message>
        <source>This reading was already released or replaced. Refresh the list.</source>
        <translation>This reading was already released or replaced. Refresh the list.</translation>
    </message>
    <message>
        <source>The run is not in a state that allows this. Refresh (F5).</source>
        <translation>The run is not in a state that allows this. Refresh (F5).</translation>
    </message>
    <message>
        <source>The run&apos;s chunks are being processed: wait for the end of the phase.</source>
        <translation>The run&apos;s chunks are being processed: wait for the end of the phase.</translation>
    </message>
    <message>
        <source>This bill is already cancelled by a credit note.</source>
        <translation>This bill is already cancelled by a credit note.</translation>
    </message>
    <message>
        <source>This subscription cannot be billed for this period.</source>
        <translation>This subscription cannot be billed for this period.</translation>
    </message>
    <message>
        <source>The billing period is not valid (order of the days, length).</source>
        <translation>The billing period is not valid (order of the days, length).</translation>
    </message>
    <message>
        <source>Nothing to bill: no subscription of the batch for this period.</source>
        <translation>Nothing to bill: no subscription of the batch for this period.</translation>
    </message>
    <message>
        <source>The receipt was recorded but the printer failed. Check it and print again.</source>
        <translation>The receipt was recorded but the printer failed. Check it and print again.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
</context>
<context>
    <name>FeeSection</name>
    <message>
        <source>Miscellaneous fees / quote</source>
        <extracomment>(fee code, amount, reference)</extracomment>
        <translation>Miscellaneous fees / quote</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Quote number</translation>
    </message>
    <message>
        <source>Add &amp;fee</source>
        <translation>Add &amp;fee</translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation>Remove fee</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Choose a fee.</source>
        <translation>Choose a fee.</translation>
    </message>
    <message>
        <source>Enter the fee amount.</source>
        <translation>Enter the fee amount.</translation>
    </message>
    <message>
        <source>Enter the reference (quote number).</source>
        <translation>Enter the reference (quote number).</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Leave the grouped account %1</source>
        <translation>Leave the grouped account %1</translation>
    </message>
    <message>
        <source>Join a grouped account</source>
        <translation>Join a grouped account</translation>
    </message>
    <message>
        <source>&amp;Grouped account no.:</source>
        <translation>&amp;Grouped account no.:</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>IndividualBillDialog</name>
    <message>
        <source>Bill a subscription</source>
        <translation>Bill a subscription</translation>
    </message>
    <message>
        <source>F&amp;inal bill (terminated subscription)</source>
        <translation>F&amp;inal bill (terminated subscription)</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>&amp;Subscription:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;To (included):</translation>
    </message>
    <message>
        <source>&amp;Preview (Enter)</source>
        <translation>&amp;Preview (Enter)</translation>
    </message>
    <message>
        <source>&amp;Issue the bill (Ctrl+Enter)</source>
        <translation>&amp;Issue the bill (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InstallMeterDialog</name>
    <message>
        <source>Install a meter</source>
        <translation>Install a meter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>one per line: register=index, e.g. single=0</source>
        <translation>one per line: register=index, e.g. single=0</translation>
    </message>
    <message>
        <source>Meter &amp;serial:</source>
        <translation>Meter &amp;serial:</translation>
    </message>
    <message>
        <source>&amp;Premise:</source>
        <translation>&amp;Premise:</translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation>Su&amp;bscription:</translation>
    </message>
    <message>
        <source>&amp;Installed on:</source>
        <translation>&amp;Installed on:</translation>
    </message>
    <message>
        <source>In&amp;dexes:</source>
        <translation>In&amp;dexes:</translation>
    </message>
</context>
<context>
    <name>ItemExplanationDialog</name>
    <message>
        <source>Bill explained</source>
        <translation>Bill explained</translation>
    </message>
    <message>
        <source>&amp;Release (bill it)</source>
        <translation>&amp;Release (bill it)</translation>
    </message>
    <message>
        <source>E&amp;xclude from this run</source>
        <translation>E&amp;xclude from this run</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>Re&amp;compute</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>LegacyImport</name>
    <message>
        <source>Customers</source>
        <extracomment>the table shows at most this many problems; the report file of the CLI has them all</extracomment>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customer accounts</source>
        <translation>Customer accounts</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Meters, registers and seals</source>
        <translation>Meters, registers and seals</translation>
    </message>
    <message>
        <source>Open bills (opening balances)</source>
        <translation>Open bills (opening balances)</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Sending the file…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Imported: %1 row(s).</source>
        <translation>Imported: %1 row(s).</translation>
    </message>
    <message>
        <source>Valid: %1 row(s), nothing written (dry run).</source>
        <translation>Valid: %1 row(s), nothing written (dry run).</translation>
    </message>
    <message>
        <source>Rejected, nothing written: %1 row(s) with problems.</source>
        <translation>Rejected, nothing written: %1 row(s) with problems.</translation>
    </message>
    <message>
        <source>Failed, nothing written: %1</source>
        <translation>Failed, nothing written: %1</translation>
    </message>
    <message>
        <source>Already imported: this file was imported before, nothing written.</source>
        <translation>Already imported: this file was imported before, nothing written.</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>Missing value</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Invalid format</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Too long</translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation>Out of range</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>Unknown reference</source>
        <translation>Unknown reference</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>Duplicate in the file</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Inconsistent</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>Missing column</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>Unknown column</translation>
    </message>
    <message>
        <source>Not UTF-8</source>
        <translation>Not UTF-8</translation>
    </message>
</context>
<context>
    <name>LegacyImportPage</name>
    <message>
        <source>Legacy import</source>
        <translation>Legacy import</translation>
    </message>
    <message>
        <source>Import a CSV file of the former system (format: docs/legacy-import.md). Import the kinds in the order of the list. A file with one bad row is rejected whole and nothing is written; the same file twice is imported once.</source>
        <translation>Import a CSV file of the former system (format: docs/legacy-import.md). Import the kinds in the order of the list. A file with one bad row is rejected whole and nothing is written; the same file twice is imported once.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Path of the CSV file, then Enter</source>
        <translation>Path of the CSV file, then Enter</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Dry run (check only, write nothing)</source>
        <translation>&amp;Dry run (check only, write nothing)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Choose a legacy CSV file</source>
        <translation>Choose a legacy CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All (*)</source>
        <translation>CSV files (*.csv);;All (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the report</source>
        <translation>
            <numerusform>%n problem(s) in the report</numerusform>
            <numerusform>%n problem(s) in the report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (first %n shown)</source>
        <translation>
            <numerusform> (first %n shown)</numerusform>
            <numerusform> (first %n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegacyImportPresenter</name>
    <message>
        <source>Choose a file.</source>
        <extracomment>the job as last seen (an ImportJob; status &quot;uploading&quot; while the file is sent) (rejections so far, total problems in the report) the job reached a final status bytes sent, file size (emitted from the worker; Qt queues it to the GUI thread)</extracomment>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>No such file.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>iWEBS - Log in</source>
        <translation>iWEBS - Log in</translation>
    </message>
    <message>
        <source>Welcome to iWEBS</source>
        <translation>Welcome to iWEBS</translation>
    </message>
    <message>
        <source>Workstation %1 - server %2</source>
        <translation>Workstation %1 - server %2</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
</context>
<context>
    <name>LoginPresenter</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Enter a new password.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>iWEBS</source>
        <translation>iWEBS</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Change my password...</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>MainWindowPresenter</name>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>Scope: all agencies</source>
        <translation>Scope: all agencies</translation>
    </message>
    <message>
        <source>Scope: no agency</source>
        <translation>Scope: no agency</translation>
    </message>
    <message>
        <source>Scope: this agency only</source>
        <translation>Scope: this agency only</translation>
    </message>
    <message>
        <source>Scope: one agency</source>
        <translation>Scope: one agency</translation>
    </message>
    <message>
        <source>Scope: %1 agencies</source>
        <translation>Scope: %1 agencies</translation>
    </message>
    <message>
        <source>The agency of this workstation is outside your scope.</source>
        <translation>The agency of this workstation is outside your scope.</translation>
    </message>
</context>
<context>
    <name>MeterDialog</name>
    <message>
        <source>Register a meter</source>
        <translation>Register a meter</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>single, or peak, offpeak</source>
        <translation>single, or peak, offpeak</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>&amp;Serial:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Make:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Calibre:</source>
        <translation>&amp;Calibre:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Digits:</translation>
    </message>
    <message>
        <source>M&amp;ultiplier:</source>
        <translation>M&amp;ultiplier:</translation>
    </message>
    <message>
        <source>&amp;Year made:</source>
        <translation>&amp;Year made:</translation>
    </message>
    <message>
        <source>&amp;Registers:</source>
        <translation>&amp;Registers:</translation>
    </message>
</context>
<context>
    <name>ModuleCatalog</name>
    <message>
        <source>&amp;Agencies</source>
        <extracomment>Screens that exist in this client, in menu order. Modules without screens are not listed.</extracomment>
        <translation>&amp;Agencies</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Profiles and rights</source>
        <translation>&amp;Profiles and rights</translation>
    </message>
    <message>
        <source>&amp;Workstations</source>
        <translation>&amp;Workstations</translation>
    </message>
    <message>
        <source>&amp;Security policy</source>
        <translation>&amp;Security policy</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>Audit &amp;log</translation>
    </message>
    <message>
        <source>Pa&amp;rameters</source>
        <translation>Pa&amp;rameters</translation>
    </message>
    <message>
        <source>Reference &amp;data</source>
        <translation>Reference &amp;data</translation>
    </message>
    <message>
        <source>&amp;Pending approvals</source>
        <translation>&amp;Pending approvals</translation>
    </message>
    <message>
        <source>Customer &amp;search</source>
        <translation>Customer &amp;search</translation>
    </message>
    <message>
        <source>Customer &amp;360° view</source>
        <translation>Customer &amp;360° view</translation>
    </message>
    <message>
        <source>&amp;Legacy import</source>
        <translation>&amp;Legacy import</translation>
    </message>
    <message>
        <source>Cas&amp;h desk</source>
        <translation>Cas&amp;h desk</translation>
    </message>
    <message>
        <source>Li&amp;ve tills</source>
        <translation>Li&amp;ve tills</translation>
    </message>
    <message>
        <source>Cash c&amp;losures</source>
        <translation>Cash c&amp;losures</translation>
    </message>
    <message>
        <source>&amp;Bank deposits</source>
        <translation>&amp;Bank deposits</translation>
    </message>
    <message>
        <source>Batches and bill &amp;runs</source>
        <translation>Batches and bill &amp;runs</translation>
    </message>
    <message>
        <source>Subscriber&apos;s &amp;bills</source>
        <translation>Subscriber&apos;s &amp;bills</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>&amp;Tariffs</translation>
    </message>
    <message>
        <source>Meter &amp;readings</source>
        <translation>Meter &amp;readings</translation>
    </message>
    <message>
        <source>Reading &amp;cases to check</source>
        <translation>Reading &amp;cases to check</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Appro&amp;vals</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Cash &amp;supervision</source>
        <translation>Cash &amp;supervision</translation>
    </message>
</context>
<context>
    <name>NetworkNodeDialog</name>
    <message>
        <source>New network node</source>
        <translation>New network node</translation>
    </message>
    <message>
        <source>Edit node</source>
        <translation>Edit node</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Hangs on:</source>
        <translation>&amp;Hangs on:</translation>
    </message>
    <message>
        <source>(none: a root)</source>
        <translation>(none: a root)</translation>
    </message>
</context>
<context>
    <name>NewRunDialog</name>
    <message>
        <source>New bill run</source>
        <translation>New bill run</translation>
    </message>
    <message>
        <source>Bill &amp;date today</source>
        <translation>Bill &amp;date today</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;To (included):</translation>
    </message>
    <message>
        <source>&amp;Bill date:</source>
        <translation>&amp;Bill date:</translation>
    </message>
    <message>
        <source>The run is first a simulation: nothing is numbered or posted until you finalize it after the review.</source>
        <translation>The run is first a simulation: nothing is numbered or posted until you finalize it after the review.</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoModulePage</name>
    <message>
        <source>No module is available for your profile yet.</source>
        <translation>No module is available for your profile yet.</translation>
    </message>
    <message>
        <source>Your account works, but the screens of your profile come with a later version. Ask your administrator if you think this is a mistake.</source>
        <translation>Your account works, but the screens of your profile come with a later version. Ask your administrator if you think this is a mistake.</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>It will not be shown again.</source>
        <translation>It will not be shown again.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>OpenSessionForm</name>
    <message>
        <source>The agency&apos;s usual float</source>
        <translation>The agency&apos;s usual float</translation>
    </message>
    <message>
        <source>Leave empty to take the agency&apos;s parameter cash.opening_float.</source>
        <translation>Leave empty to take the agency&apos;s parameter cash.opening_float.</translation>
    </message>
    <message>
        <source>&amp;Head cashier&apos;s till (receives the transfers)</source>
        <translation>&amp;Head cashier&apos;s till (receives the transfers)</translation>
    </message>
    <message>
        <source>&amp;Open the till (Enter)</source>
        <translation>&amp;Open the till (Enter)</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>Opening &amp;float:</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>Open the till</translation>
    </message>
    <message>
        <source>No cash session of yours is open on this workstation. Count the float you received, then open the till.</source>
        <translation>No cash session of yours is open on this workstation. Count the float you received, then open the till.</translation>
    </message>
    <message>
        <source>Type the float in whole francs, e.g. 50 000.</source>
        <translation>Type the float in whole francs, e.g. 50 000.</translation>
    </message>
</context>
<context>
    <name>ParameterDialog</name>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Between %1 and %2</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Fields: %1</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Applies to:</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Current:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back to &amp;inherited value</source>
        <translation>Back to &amp;inherited value</translation>
    </message>
    <message>
        <source>Not set here; inherits %1</source>
        <translation>Not set here; inherits %1</translation>
    </message>
    <message>
        <source>Say why the value changes.</source>
        <translation>Say why the value changes.</translation>
    </message>
</context>
<context>
    <name>ParameterHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>ParameterLabels</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Requests and works</source>
        <translation>Requests and works</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Cash desk</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>SMS notifications</source>
        <translation>SMS notifications</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Integer</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Decimal</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Agency %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Filter by key or description</source>
        <translation>Filter by key or description</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Values &amp;of:</source>
        <translation>Values &amp;of:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;History...</translation>
    </message>
    <message>
        <source>All agencies (global value)</source>
        <translation>All agencies (global value)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>All modules</translation>
    </message>
</context>
<context>
    <name>ParametersPresenter</name>
    <message>
        <source>Enter a value.</source>
        <extracomment>the agency whose effective values the table shows (&quot;&quot; = the global value)</extracomment>
        <translation>Enter a value.</translation>
    </message>
    <message>
        <source>Say why the value changes.</source>
        <translation>Say why the value changes.</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
</context>
<context>
    <name>PayableBillsTable</name>
    <message>
        <source>Pay</source>
        <extracomment>(bill id, amount: None = its open amount, 0 = not picked)</extracomment>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Bill no.</source>
        <translation>Bill no.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Space ticks a bill; none ticked = oldest due first. Type in &apos;To pay&apos; for a part payment.</source>
        <translation>Space ticks a bill; none ticked = oldest due first. Type in &apos;To pay&apos; for a part payment.</translation>
    </message>
    <message>
        <source>Billed: %1</source>
        <translation>Billed: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Account no., name, phone, meter serial or address, then Enter (F2)</source>
        <extracomment>the receipt of a payment, for the receipt dialog (the page opens it) a search&apos;s single hit is chosen once: its answer comes in several model signals, and a second load arriving while the cashier types the tender would reset it</extracomment>
        <translation>Account no., name, phone, meter serial or address, then Enter (F2)</translation>
    </message>
    <message>
        <source>No account chosen: search one (F2).</source>
        <translation>No account chosen: search one (F2).</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Total due:</source>
        <translation>Total due:</translation>
    </message>
    <message>
        <source>Open &amp;bills (F3) - Space ticks, none = oldest due first</source>
        <translation>Open &amp;bills (F3) - Space ticks, none = oldest due first</translation>
    </message>
    <message>
        <source>Defaults to what is due; less = part payment</source>
        <translation>Defaults to what is due; less = part payment</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Open before</source>
        <translation>Open before</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Pay (F9 / Ctrl+Enter)</source>
        <translation>&amp;Pay (F9 / Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Records the payment and issues the receipt</source>
        <translation>Records the payment and issues the receipt</translation>
    </message>
    <message>
        <source>&amp;New payment (Ctrl+N)</source>
        <translation>&amp;New payment (Ctrl+N)</translation>
    </message>
    <message>
        <source>A&amp;mount to pay:</source>
        <translation>A&amp;mount to pay:</translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation>Pa&amp;yer:</translation>
    </message>
    <message>
        <source>Tenders (F4)</source>
        <translation>Tenders (F4)</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>Handed over:</translation>
    </message>
    <message>
        <source>Change to give:</source>
        <translation>Change to give:</translation>
    </message>
    <message>
        <source>Allocation (preview):</source>
        <translation>Allocation (preview):</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Searching...</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>No customer found.</translation>
    </message>
    <message>
        <source>%1 result(s): Down then Enter chooses</source>
        <translation>%1 result(s): Down then Enter chooses</translation>
    </message>
    <message>
        <source>Advance: %1</source>
        <translation>Advance: %1</translation>
    </message>
</context>
<context>
    <name>PremiseDialog</name>
    <message>
        <source>New premise</source>
        <translation>New premise</translation>
    </message>
    <message>
        <source>Edit premise</source>
        <translation>Edit premise</translation>
    </message>
    <message>
        <source>e.g. behind the Grand Mosque</source>
        <translation>e.g. behind the Grand Mosque</translation>
    </message>
    <message>
        <source>latitude, e.g. 14.693425</source>
        <translation>latitude, e.g. 14.693425</translation>
    </message>
    <message>
        <source>longitude, e.g. -17.447938</source>
        <translation>longitude, e.g. -17.447938</translation>
    </message>
    <message>
        <source>Agenc&amp;y:</source>
        <translation>Agenc&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Landmark:</source>
        <translation>&amp;Landmark:</translation>
    </message>
    <message>
        <source>&amp;GPS (decimal degrees):</source>
        <translation>&amp;GPS (decimal degrees):</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>&amp;Order in the round:</source>
        <translation>&amp;Order in the round:</translation>
    </message>
    <message>
        <source>Trans&amp;former (electricity):</source>
        <translation>Trans&amp;former (electricity):</translation>
    </message>
    <message>
        <source>&amp;Water sector:</source>
        <translation>&amp;Water sector:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ProfileAdminPresenter</name>
    <message>
        <source>Enter a code.</source>
        <translation>Enter a code.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles and rights</source>
        <translation>Profiles and rights</translation>
    </message>
    <message>
        <source>&amp;New profile...</source>
        <translation>&amp;New profile...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>&amp;View...</source>
        <translation>&amp;View...</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Submit the new version for approval</source>
        <translation>Submit the new version for approval</translation>
    </message>
    <message>
        <source>The version goes to the Chef de facturation, who approves it in Approvals. It applies from this date on.</source>
        <translation>The version goes to the Chef de facturation, who approves it in Approvals. It applies from this date on.</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valid from:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Submit for approval</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No answer from the server: submit again, the same proposal is sent.</source>
        <translation>No answer from the server: submit again, the same proposal is sent.</translation>
    </message>
</context>
<context>
    <name>ReadingCaseModel</name>
    <message>
        <source>Reading date</source>
        <translation>Reading date</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Previous index</source>
        <translation>Previous index</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReadingCasesPage</name>
    <message>
        <source>Reading cases to check</source>
        <translation>Reading cases to check</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>Reading date</source>
        <translation>Reading date</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Previous readings of this meter</source>
        <translation>Previous readings of this meter</translation>
    </message>
    <message>
        <source>R&amp;elease...</source>
        <translation>R&amp;elease...</translation>
    </message>
    <message>
        <source>&amp;Replace...</source>
        <translation>&amp;Replace...</translation>
    </message>
    <message>
        <source>All my agencies</source>
        <translation>All my agencies</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>All rounds</translation>
    </message>
</context>
<context>
    <name>ReadingCasesPresenter</name>
    <message>
        <source>Expected index on %1: %2 to %3 %4; read: %5</source>
        <extracomment>the reading, its previous readings (newest first, the reading itself left out) (reading id, sentence): the expected index range of the reading&apos;s date (its round&apos;s sheet: the validation&apos;s bands), with what was read</extracomment>
        <translation>Expected index on %1: %2 to %3 %4; read: %5</translation>
    </message>
    <message>
        <source>Usual consumption: %1 %2 per reading (last %3 readings)</source>
        <translation>Usual consumption: %1 %2 per reading (last %3 readings)</translation>
    </message>
    <message>
        <source>Meter %1, reading of %2: %3</source>
        <translation>Meter %1, reading of %2: %3</translation>
    </message>
    <message>
        <source>Previous index %1 on %2</source>
        <translation>Previous index %1 on %2</translation>
    </message>
    <message>
        <source>Reader&apos;s code: %1</source>
        <translation>Reader&apos;s code: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Write what the field check found.</source>
        <translation>Write what the field check found.</translation>
    </message>
    <message>
        <source>The new index has digits only.</source>
        <translation>The new index has digits only.</translation>
    </message>
    <message>
        <source>Reading of %1 released.</source>
        <translation>Reading of %1 released.</translation>
    </message>
    <message>
        <source>Reading of %1 replaced: %2</source>
        <translation>Reading of %1 replaced: %2</translation>
    </message>
</context>
<context>
    <name>ReadingEntryPage</name>
    <message>
        <source>Meter readings</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <source>&amp;Load the sheet</source>
        <translation>&amp;Load the sheet</translation>
    </message>
    <message>
        <source>&amp;Print the sheet (PDF)...</source>
        <translation>&amp;Print the sheet (PDF)...</translation>
    </message>
    <message>
        <source>E&amp;xport for terminals...</source>
        <translation>E&amp;xport for terminals...</translation>
    </message>
    <message>
        <source>&amp;Import terminal return...</source>
        <translation>&amp;Import terminal return...</translation>
    </message>
    <message>
        <source>Send unsent again (F8)</source>
        <translation>Send unsent again (F8)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <source>Reading &amp;date:</source>
        <translation>Reading &amp;date:</translation>
    </message>
    <message>
        <source>Type the index and press Enter: the row is sent and the next one opens. Tab goes to the field code (no access, meter stopped, seal broken...).</source>
        <translation>Type the index and press Enter: the row is sent and the next one opens. Tab goes to the field code (no access, meter stopped, seal broken...).</translation>
    </message>
    <message>
        <source>%1 of %2 entered, %3 to check</source>
        <translation>%1 of %2 entered, %3 to check</translation>
    </message>
    <message>
        <source>Print the reading sheet</source>
        <translation>Print the reading sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading sheet</source>
        <translation>Reading sheet</translation>
    </message>
    <message>
        <source>Sheet written to %1</source>
        <translation>Sheet written to %1</translation>
    </message>
    <message>
        <source>Export for handheld terminals</source>
        <translation>Export for handheld terminals</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 lines exported to %2</source>
        <translation>%1 lines exported to %2</translation>
    </message>
    <message>
        <source>Import the terminals&apos; return</source>
        <translation>Import the terminals&apos; return</translation>
    </message>
    <message>
        <source>Reading files (*.csv *.json)</source>
        <translation>Reading files (*.csv *.json)</translation>
    </message>
</context>
<context>
    <name>ReadingEntryPresenter</name>
    <message>
        <source>Type the index or choose a field code.</source>
        <extracomment>(index, field code) the intent&apos;s request id was made for</extracomment>
        <translation>Type the index or choose a field code.</translation>
    </message>
    <message>
        <source>The index has digits only.</source>
        <translation>The index has digits only.</translation>
    </message>
    <message>
        <source>The meter has %1 digits.</source>
        <translation>The meter has %1 digits.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Sending...</translation>
    </message>
    <message>
        <source>Not sent (%1): press Enter to send again.</source>
        <translation>Not sent (%1): press Enter to send again.</translation>
    </message>
</context>
<context>
    <name>ReadingTexts</name>
    <message>
        <source>Consumption too high</source>
        <extracomment>the reading cases the validation finds (ReadingCase.code), in the worklist&apos;s filter order</extracomment>
        <translation>Consumption too high</translation>
    </message>
    <message>
        <source>Consumption too low</source>
        <translation>Consumption too low</translation>
    </message>
    <message>
        <source>Zero consumption</source>
        <translation>Zero consumption</translation>
    </message>
    <message>
        <source>Index below the previous one</source>
        <translation>Index below the previous one</translation>
    </message>
    <message>
        <source>Meter roll-over</source>
        <translation>Meter roll-over</translation>
    </message>
    <message>
        <source>Consumption while cut</source>
        <translation>Consumption while cut</translation>
    </message>
    <message>
        <source>Consumption after termination</source>
        <translation>Consumption after termination</translation>
    </message>
    <message>
        <source>Implausible previous reading</source>
        <translation>Implausible previous reading</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>No access</translation>
    </message>
    <message>
        <source>Meter stopped</source>
        <translation>Meter stopped</translation>
    </message>
    <message>
        <source>Seal broken</source>
        <translation>Seal broken</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>a refused line (or a file error): the dialog shows it in red</extracomment>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>File refused</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>To check: %1</translation>
    </message>
    <message>
        <source>%1: %2 consumed</source>
        <translation>%1: %2 consumed</translation>
    </message>
    <message>
        <source>%1 imported (%2 to check), %3 already imported, %4 rejected</source>
        <translation>%1 imported (%2 to check), %3 already imported, %4 rejected</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>DUPLICATA, copy %1</source>
        <translation>DUPLICATA, copy %1</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>Receipt %1 saved as PDF (%2): %3</source>
        <translation>Receipt %1 saved as PDF (%2): %3</translation>
    </message>
    <message>
        <source>Receipt %1 sent to the ticket printer (%2): %3</source>
        <translation>Receipt %1 sent to the ticket printer (%2): %3</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>&amp;Print PDF (Ctrl+P)</source>
        <translation>&amp;Print PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print &amp;ticket (Ctrl+T)</source>
        <translation>Print &amp;ticket (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;New payment (Esc)</source>
        <translation>&amp;New payment (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Corre&amp;ction of wrongly entered data</source>
        <translation>Corre&amp;ction of wrongly entered data</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required for a correction</source>
        <translation>Required for a correction</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferenceDataPage</name>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Lists</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Rounds</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Net&amp;work</translation>
    </message>
    <message>
        <source>E&amp;xport to file...</source>
        <translation>E&amp;xport to file...</translation>
    </message>
    <message>
        <source>&amp;Import a file...</source>
        <translation>&amp;Import a file...</translation>
    </message>
    <message>
        <source>&amp;Check only (dry run)</source>
        <translation>&amp;Check only (dry run)</translation>
    </message>
    <message>
        <source>Show &amp;deactivated items</source>
        <translation>Show &amp;deactivated items</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>French label</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;New item...</source>
        <translation>&amp;New item...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>De&amp;activate / reactivate</source>
        <translation>De&amp;activate / reactivate</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>New &amp;round...</source>
        <translation>New &amp;round...</translation>
    </message>
    <message>
        <source>Ed&amp;it round...</source>
        <translation>Ed&amp;it round...</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>New &amp;node...</source>
        <translation>New &amp;node...</translation>
    </message>
    <message>
        <source>Edit n&amp;ode...</source>
        <translation>Edit n&amp;ode...</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Export reference data</source>
        <translation>Export reference data</translation>
    </message>
    <message>
        <source>Import reference data</source>
        <translation>Import reference data</translation>
    </message>
    <message>
        <source>Reference data written to %1</source>
        <translation>Reference data written to %1</translation>
    </message>
</context>
<context>
    <name>ReferenceDataPresenter</name>
    <message>
        <source>Enter a code.</source>
        <extracomment>labels in French unless the client runs in another language</extracomment>
        <translation>Enter a code.</translation>
    </message>
    <message>
        <source>Enter the French label.</source>
        <translation>Enter the French label.</translation>
    </message>
    <message>
        <source>Enter the English label.</source>
        <translation>Enter the English label.</translation>
    </message>
    <message>
        <source>Attributes are a JSON object, e.g. {&quot;value&quot;: 500}.</source>
        <translation>Attributes are a JSON object, e.g. {&quot;value&quot;: 500}.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
</context>
<context>
    <name>ReferenceItemDialog</name>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;French label:</source>
        <translation>&amp;French label:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>&amp;English label:</translation>
    </message>
    <message>
        <source>A&amp;ttributes (JSON):</source>
        <translation>A&amp;ttributes (JSON):</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ReferenceLabels</name>
    <message>
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <source>MV feeder</source>
        <translation>MV feeder</translation>
    </message>
    <message>
        <source>MV/LV transformer</source>
        <translation>MV/LV transformer</translation>
    </message>
    <message>
        <source>Water sector</source>
        <translation>Water sector</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Reference items</source>
        <translation>Reference items</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Network nodes</source>
        <translation>Network nodes</translation>
    </message>
    <message>
        <source>File refused, nothing was imported (%1 errors):</source>
        <translation>File refused, nothing was imported (%1 errors):</translation>
    </message>
    <message>
        <source>Check only, nothing was written:</source>
        <translation>Check only, nothing was written:</translation>
    </message>
    <message>
        <source>File imported:</source>
        <translation>File imported:</translation>
    </message>
    <message>
        <source>  %1: %2 created, %3 updated, %4 unchanged</source>
        <translation>  %1: %2 created, %3 updated, %4 unchanged</translation>
    </message>
</context>
<context>
    <name>RemoveMeterDialog</name>
    <message>
        <source>Remove meter %1</source>
        <translation>Remove meter %1</translation>
    </message>
    <message>
        <source>one per line: register=index, e.g. single=0</source>
        <translation>one per line: register=index, e.g. single=0</translation>
    </message>
    <message>
        <source>&amp;Removed on:</source>
        <translation>&amp;Removed on:</translation>
    </message>
    <message>
        <source>In&amp;dexes:</source>
        <translation>In&amp;dexes:</translation>
    </message>
</context>
<context>
    <name>RightLabels</name>
    <message>
        <source>See agencies</source>
        <translation>See agencies</translation>
    </message>
    <message>
        <source>Create and edit agencies</source>
        <translation>Create and edit agencies</translation>
    </message>
    <message>
        <source>See users</source>
        <translation>See users</translation>
    </message>
    <message>
        <source>Manage users (creation, passwords, locking)</source>
        <translation>Manage users (creation, passwords, locking)</translation>
    </message>
    <message>
        <source>See profiles and their rights</source>
        <translation>See profiles and their rights</translation>
    </message>
    <message>
        <source>Create and edit profiles</source>
        <translation>Create and edit profiles</translation>
    </message>
    <message>
        <source>See registered workstations</source>
        <translation>See registered workstations</translation>
    </message>
    <message>
        <source>Register, enroll and revoke workstations</source>
        <translation>Register, enroll and revoke workstations</translation>
    </message>
    <message>
        <source>See the security policy</source>
        <translation>See the security policy</translation>
    </message>
    <message>
        <source>Request security policy changes</source>
        <translation>Request security policy changes</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Search the audit log</translation>
    </message>
    <message>
        <source>See approval requests</source>
        <translation>See approval requests</translation>
    </message>
    <message>
        <source>Approve or reject the requests of others</source>
        <translation>Approve or reject the requests of others</translation>
    </message>
    <message>
        <source>See customers and their accounts</source>
        <translation>See customers and their accounts</translation>
    </message>
    <message>
        <source>Create and correct customer data</source>
        <translation>Create and correct customer data</translation>
    </message>
    <message>
        <source>Import customer data from the legacy system</source>
        <translation>Import customer data from the legacy system</translation>
    </message>
    <message>
        <source>See parameters and reference data</source>
        <translation>See parameters and reference data</translation>
    </message>
    <message>
        <source>Change parameters and reference data</source>
        <translation>Change parameters and reference data</translation>
    </message>
    <message>
        <source>Open a cash session and collect payments</source>
        <translation>Open a cash session and collect payments</translation>
    </message>
    <message>
        <source>Supervise every till of the agencies in scope</source>
        <translation>Supervise every till of the agencies in scope</translation>
    </message>
    <message>
        <source>Approve receipt cancellations and large disbursements</source>
        <translation>Approve receipt cancellations and large disbursements</translation>
    </message>
    <message>
        <source>Prepare bank deposits and record the bank&apos;s slips</source>
        <translation>Prepare bank deposits and record the bank&apos;s slips</translation>
    </message>
    <message>
        <source>See tariffs, meter readings and bills</source>
        <translation>See tariffs, meter readings and bills</translation>
    </message>
    <message>
        <source>Simulate and finalize bill runs; bill one subscription</source>
        <translation>Simulate and finalize bill runs; bill one subscription</translation>
    </message>
    <message>
        <source>Enter, import and review meter readings</source>
        <translation>Enter, import and review meter readings</translation>
    </message>
    <message>
        <source>Propose tariff versions and manage billing batches</source>
        <translation>Propose tariff versions and manage billing batches</translation>
    </message>
    <message>
        <source>Approve tariff versions and bill corrections of others</source>
        <translation>Approve tariff versions and bill corrections of others</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Edit round</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Grouping:</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Fit a seal on %1</source>
        <translation>Fit a seal on %1</translation>
    </message>
    <message>
        <source>Seal &amp;number:</source>
        <translation>Seal &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Fitted on:</source>
        <translation>&amp;Fitted on:</translation>
    </message>
</context>
<context>
    <name>SecurityPolicyPage</name>
    <message>
        <source>Security policy</source>
        <translation>Security policy</translation>
    </message>
    <message>
        <source>A change takes effect once a second administrator approves it.</source>
        <translation>A change takes effect once a second administrator approves it.</translation>
    </message>
    <message>
        <source>Read only: your profile cannot request changes.</source>
        <translation>Read only: your profile cannot request changes.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
    <message>
        <source>Request the &amp;change</source>
        <translation>Request the &amp;change</translation>
    </message>
    <message>
        <source>Password minimum length:</source>
        <translation>Password minimum length:</translation>
    </message>
    <message>
        <source>Password maximum length:</source>
        <translation>Password maximum length:</translation>
    </message>
    <message>
        <source>Previous passwords refused:</source>
        <translation>Previous passwords refused:</translation>
    </message>
    <message>
        <source>Password maximum age (days, 0 = never):</source>
        <translation>Password maximum age (days, 0 = never):</translation>
    </message>
    <message>
        <source>Failed logins before lockout:</source>
        <translation>Failed logins before lockout:</translation>
    </message>
    <message>
        <source>Lockout duration (minutes):</source>
        <translation>Lockout duration (minutes):</translation>
    </message>
    <message>
        <source>Failed logins per workstation per hour:</source>
        <translation>Failed logins per workstation per hour:</translation>
    </message>
    <message>
        <source>Session idle timeout (minutes):</source>
        <translation>Session idle timeout (minutes):</translation>
    </message>
    <message>
        <source>Session maximum duration (hours):</source>
        <translation>Session maximum duration (hours):</translation>
    </message>
    <message>
        <source>One-time password validity (hours):</source>
        <translation>One-time password validity (hours):</translation>
    </message>
    <message>
        <source>Enrollment code validity (minutes):</source>
        <translation>Enrollment code validity (minutes):</translation>
    </message>
    <message>
        <source>Workstation certificate lifetime (days):</source>
        <translation>Workstation certificate lifetime (days):</translation>
    </message>
    <message>
        <source>Certificate renewal window (days):</source>
        <translation>Certificate renewal window (days):</translation>
    </message>
    <message>
        <source>Change requested</source>
        <translation>Change requested</translation>
    </message>
    <message>
        <source>The change was sent for approval by a second administrator.</source>
        <translation>The change was sent for approval by a second administrator.</translation>
    </message>
</context>
<context>
    <name>SecurityPolicyPresenter</name>
    <message>
        <source>Between %1 and %2.</source>
        <extracomment>(field, minimum, maximum) of every editable number, in display order</extracomment>
        <translation>Between %1 and %2.</translation>
    </message>
    <message>
        <source>Must not be below the minimum length.</source>
        <translation>Must not be below the minimum length.</translation>
    </message>
    <message>
        <source>Must be shorter than the certificate lifetime.</source>
        <translation>Must be shorter than the certificate lifetime.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Explain why the policy changes.</source>
        <translation>Explain why the policy changes.</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Denomination count</source>
        <translation>Denomination count</translation>
    </message>
    <message>
        <source>&amp;1 Receipts</source>
        <translation>&amp;1 Receipts</translation>
    </message>
    <message>
        <source>&amp;2 Movements</source>
        <translation>&amp;2 Movements</translation>
    </message>
    <message>
        <source>&amp;3 Closure</source>
        <translation>&amp;3 Closure</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>Till of %1</source>
        <translation>Till of %1</translation>
    </message>
</context>
<context>
    <name>SessionReceiptsPanel</name>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Customer / payer</source>
        <translation>Customer / payer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reprint &amp;PDF</source>
        <translation>Reprint &amp;PDF</translation>
    </message>
    <message>
        <source>Reprint &amp;ticket</source>
        <translation>Reprint &amp;ticket</translation>
    </message>
    <message>
        <source>Request &amp;cancellation...</source>
        <translation>Request &amp;cancellation...</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Refresh (F5)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <source>Request cancellation</source>
        <translation>Request cancellation</translation>
    </message>
    <message>
        <source>Why cancel receipt %1? (another user must approve)</source>
        <translation>Why cancel receipt %1? (another user must approve)</translation>
    </message>
    <message>
        <source>Cancellation requested: it waits for approval (request %1).</source>
        <translation>Cancellation requested: it waits for approval (request %1).</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Agency: %1</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Workstation: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server unreachable</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Bank slip of deposit %1</source>
        <translation>Bank slip of deposit %1</translation>
    </message>
    <message>
        <source>Deposit:</source>
        <translation>Deposit:</translation>
    </message>
    <message>
        <source>Slip &amp;number:</source>
        <translation>Slip &amp;number:</translation>
    </message>
    <message>
        <source>Slip &amp;date:</source>
        <translation>Slip &amp;date:</translation>
    </message>
    <message>
        <source>Amount &amp;credited:</source>
        <translation>Amount &amp;credited:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StateChangeDialog</name>
    <message>
        <source>&amp;Effective on:</source>
        <translation>&amp;Effective on:</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>New subscription</source>
        <translation>New subscription</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Subscription %1</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>kVA, e.g. 6</source>
        <translation>kVA, e.g. 6</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Every two months</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Paying &amp;account:</source>
        <translation>Paying &amp;account:</translation>
    </message>
    <message>
        <source>&amp;Premise:</source>
        <translation>&amp;Premise:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>Ca&amp;libre (water):</source>
        <translation>Ca&amp;libre (water):</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduct:</translation>
    </message>
    <message>
        <source>&amp;Tariff category:</source>
        <translation>&amp;Tariff category:</translation>
    </message>
    <message>
        <source>Subscribed p&amp;ower (kVA):</source>
        <translation>Subscribed p&amp;ower (kVA):</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>&amp;Billing:</translation>
    </message>
</context>
<context>
    <name>TariffApproval</name>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>rounding</source>
        <translation>rounding</translation>
    </message>
    <message>
        <source>applies to</source>
        <translation>applies to</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <source>ledger account</source>
        <translation>ledger account</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Reference period (days)</source>
        <translation>Reference period (days)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rounding increment</source>
        <translation>Rounding increment</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation>Proposed by %1</translation>
    </message>
    <message>
        <source>now prorated by days</source>
        <translation>now prorated by days</translation>
    </message>
    <message>
        <source>no longer prorated</source>
        <translation>no longer prorated</translation>
    </message>
    <message>
        <source>First version of this tariff: %1 components.</source>
        <translation>First version of this tariff: %1 components.</translation>
    </message>
    <message>
        <source>%1 block %2</source>
        <translation>%1 block %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>Component %1 removed</source>
        <translation>Component %1 removed</translation>
    </message>
    <message>
        <source>Tariff %1 — %2</source>
        <translation>Tariff %1 — %2</translation>
    </message>
    <message>
        <source>New version %1, valid from %2</source>
        <translation>New version %1, valid from %2</translation>
    </message>
    <message>
        <source>Changes against version %1 (from %2):</source>
        <translation>Changes against version %1 (from %2):</translation>
    </message>
    <message>
        <source>no change in the grid</source>
        <translation>no change in the grid</translation>
    </message>
    <message>
        <source>%1 added: up to %2 at %3</source>
        <translation>%1 added: up to %2 at %3</translation>
    </message>
    <message>
        <source>%1: upper bound %2 → %3</source>
        <translation>%1: upper bound %2 → %3</translation>
    </message>
    <message>
        <source>New component %1 (%2): %3</source>
        <translation>New component %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (up to %2): price %3 → %4</source>
        <translation>%1 (up to %2): price %3 → %4</translation>
    </message>
</context>
<context>
    <name>TariffGrid</name>
    <message>
        <source>Progressive blocks</source>
        <extracomment>the kinds whose amounts are prorated by default</extracomment>
        <translation>Progressive blocks</translation>
    </message>
    <message>
        <source>All-units tiers</source>
        <translation>All-units tiers</translation>
    </message>
    <message>
        <source>Blocks in hours of power</source>
        <translation>Blocks in hours of power</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>Fixed charge</translation>
    </message>
    <message>
        <source>Power charge per kVA</source>
        <translation>Power charge per kVA</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Minimum charge</translation>
    </message>
    <message>
        <source>Tax (rate)</source>
        <translation>Tax (rate)</translation>
    </message>
    <message>
        <source>Stamp duty</source>
        <translation>Stamp duty</translation>
    </message>
    <message>
        <source>Half up</source>
        <translation>Half up</translation>
    </message>
    <message>
        <source>Half even</source>
        <translation>Half even</translation>
    </message>
    <message>
        <source>Half down</source>
        <translation>Half down</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>A grid needs at least one component.</source>
        <extracomment>the grid says prorate explicitly (else it follows the kind&apos;s default)</extracomment>
        <translation>A grid needs at least one component.</translation>
    </message>
    <message>
        <source>Capitals, digits and _ only (e.g. ENERGY).</source>
        <translation>Capitals, digits and _ only (e.g. ENERGY).</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Choose a kind.</translation>
    </message>
    <message>
        <source>The label printed on the bill is required.</source>
        <translation>The label printed on the bill is required.</translation>
    </message>
    <message>
        <source>This code is already used.</source>
        <translation>This code is already used.</translation>
    </message>
    <message>
        <source>Add at least one block.</source>
        <translation>Add at least one block.</translation>
    </message>
    <message>
        <source>A number of 0 or more.</source>
        <translation>A number of 0 or more.</translation>
    </message>
    <message>
        <source>Say which lines it applies to.</source>
        <translation>Say which lines it applies to.</translation>
    </message>
    <message>
        <source>A price of 0 or more.</source>
        <translation>A price of 0 or more.</translation>
    </message>
    <message>
        <source>Bounds go up, block after block.</source>
        <translation>Bounds go up, block after block.</translation>
    </message>
    <message>
        <source>Only the last block has no upper bound.</source>
        <translation>Only the last block has no upper bound.</translation>
    </message>
    <message>
        <source>%1 is not an earlier component.</source>
        <translation>%1 is not an earlier component.</translation>
    </message>
</context>
<context>
    <name>TariffGridEditor</name>
    <message>
        <source>Currency:</source>
        <extracomment>component field name (as the server names it) -&gt; column the draft changed (the simulation of a draft follows it)</extracomment>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Decimals:</translation>
    </message>
    <message>
        <source>Period (days):</source>
        <translation>Period (days):</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Round to (minor units):</source>
        <translation>Round to (minor units):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>Prorated</source>
        <translation>Prorated</translation>
    </message>
    <message>
        <source>Ledger account</source>
        <translation>Ledger account</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Above</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Up to</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Add component</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>Remove component</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Add block</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <source>Components (&amp;1)</source>
        <translation>Components (&amp;1)</translation>
    </message>
    <message>
        <source>The last block has no upper bound.</source>
        <translation>The last block has no upper bound.</translation>
    </message>
    <message>
        <source>1 block</source>
        <translation>1 block</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 blocks</translation>
    </message>
    <message>
        <source>hours x kW</source>
        <translation>hours x kW</translation>
    </message>
    <message>
        <source>Blocks of %1 (&amp;2, %2)</source>
        <translation>Blocks of %1 (&amp;2, %2)</translation>
    </message>
    <message>
        <source>Blocks (&amp;2): choose a block component</source>
        <translation>Blocks (&amp;2): choose a block component</translation>
    </message>
</context>
<context>
    <name>TariffListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>TariffPresenter</name>
    <message>
        <source>Version %1 — from %2 — %3</source>
        <extracomment>the grid shown (GridDraft) and whether it is a proposal being edited field path -&gt; sentence, before sending or from the server&apos;s refusal</extracomment>
        <translation>Version %1 — from %2 — %3</translation>
    </message>
    <message>
        <source>Proposed by %1: %2</source>
        <translation>Proposed by %1: %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Start a proposal first.</source>
        <translation>Start a proposal first.</translation>
    </message>
    <message>
        <source>Say why the grid changes.</source>
        <translation>Say why the grid changes.</translation>
    </message>
    <message>
        <source>Consumption and power are numbers.</source>
        <translation>Consumption and power are numbers.</translation>
    </message>
    <message>
        <source>Consumption and power are 0 or more.</source>
        <translation>Consumption and power are 0 or more.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Choose a tariff first.</source>
        <translation>Choose a tariff first.</translation>
    </message>
</context>
<context>
    <name>TariffTexts</name>
    <message>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message>
        <source>Tariffs</source>
        <translation>Tariffs</translation>
    </message>
    <message>
        <source>&amp;New version...</source>
        <translation>&amp;New version...</translation>
    </message>
    <message>
        <source>&amp;Submit for approval...</source>
        <translation>&amp;Submit for approval...</translation>
    </message>
    <message>
        <source>Drop the draft</source>
        <translation>Drop the draft</translation>
    </message>
    <message>
        <source>&amp;Tariffs</source>
        <translation>&amp;Tariffs</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Simulate one consumption (F9)</source>
        <translation>Simulate one consumption (F9)</translation>
    </message>
    <message>
        <source>Si&amp;mulate</source>
        <translation>Si&amp;mulate</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Ledger account</source>
        <translation>Ledger account</translation>
    </message>
    <message>
        <source>C&amp;onsumption:</source>
        <translation>C&amp;onsumption:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>Subscribed &amp;power (kVA):</source>
        <translation>Subscribed &amp;power (kVA):</translation>
    </message>
    <message>
        <source>New version (draft): edit the tables</source>
        <translation>New version (draft): edit the tables</translation>
    </message>
    <message>
        <source>No version yet</source>
        <translation>No version yet</translation>
    </message>
    <message>
        <source>Simulates the draft.</source>
        <translation>Simulates the draft.</translation>
    </message>
    <message>
        <source>Simulates the version shown.</source>
        <translation>Simulates the version shown.</translation>
    </message>
    <message>
        <source>Version %1 proposed: it waits for approval in Approvals.</source>
        <translation>Version %1 proposed: it waits for approval in Approvals.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>TenderGrid</name>
    <message>
        <source>What the customer hands over (F4)</source>
        <translation>What the customer hands over (F4)</translation>
    </message>
    <message>
        <source>- bank -</source>
        <translation>- bank -</translation>
    </message>
    <message>
        <source>Drawer (who signed)</source>
        <translation>Drawer (who signed)</translation>
    </message>
    <message>
        <source>Remove this tender (Ctrl+Del)</source>
        <translation>Remove this tender (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Cheque number</source>
        <translation>Cheque number</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Transaction reference</translation>
    </message>
    <message>
        <source>&amp;Add a tender (Alt+A)</source>
        <extracomment>Enter in a tender field (the page previews)</extracomment>
        <translation>&amp;Add a tender (Alt+A)</translation>
    </message>
</context>
<context>
    <name>TillPositionsPage</name>
    <message>
        <source>Live tills</source>
        <translation>Live tills</translation>
    </message>
    <message>
        <source>&amp;Open the till (Enter)</source>
        <translation>&amp;Open the till (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Re&amp;fresh (F5)</translation>
    </message>
    <message>
        <source>No till opened on this day.</source>
        <translation>No till opened on this day.</translation>
    </message>
</context>
<context>
    <name>TillPositionsPresenter</name>
    <message>
        <source>All my agencies</source>
        <translation>All my agencies</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Not updated at %1: %2</source>
        <translation>Not updated at %1: %2</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to the head cashier</source>
        <translation>Transfer to the head cashier</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter the amount handed over.</source>
        <translation>Enter the amount handed over.</translation>
    </message>
</context>
<context>
    <name>TypedEditor</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>UserAdminPresenter</name>
    <message>
        <source>Use 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Use 2 to 64 lower-case letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Enter the user&apos;s name.</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Choose a profile.</translation>
    </message>
    <message>
        <source>Choose at least one agency, or all agencies.</source>
        <translation>Choose at least one agency, or all agencies.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>&amp;All agencies</source>
        <translation>&amp;All agencies</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Agencies:</source>
        <translation>Agencies:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;New user...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>En&amp;able</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password?</source>
        <translation>Give %1 a new one-time password?</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Lock the account</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Unlock the account</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Give this one-time password to %1. It must be changed at first login.</source>
        <translation>Give this one-time password to %1. It must be changed at first login.</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Approval needed</translation>
    </message>
    <message>
        <source>Unlocking %1 needs a second administrator&apos;s approval. The request was sent.</source>
        <translation>Unlocking %1 needs a second administrator&apos;s approval. The request was sent.</translation>
    </message>
</context>
<context>
    <name>WorkstationAdminPresenter</name>
    <message>
        <source>Enter a name.</source>
        <extracomment>workstation, enrollment code, expiry text: shown once to the administrator</extracomment>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Choose an agency.</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Choose a kind.</translation>
    </message>
</context>
<context>
    <name>WorkstationDialog</name>
    <message>
        <source>Declare a workstation</source>
        <translation>Declare a workstation</translation>
    </message>
    <message>
        <source>May &amp;collect cash</source>
        <translation>May &amp;collect cash</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Declare and get a code</source>
        <translation>&amp;Declare and get a code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkstationListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Collects cash</source>
        <translation>Collects cash</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Certificate expires</translation>
    </message>
    <message>
        <source>Agency counter</source>
        <translation>Agency counter</translation>
    </message>
    <message>
        <source>Bank counter</source>
        <translation>Bank counter</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Waiting for enrollment</source>
        <translation>Waiting for enrollment</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>WorkstationsPage</name>
    <message>
        <source>Workstations</source>
        <translation>Workstations</translation>
    </message>
    <message>
        <source>&amp;Declare a workstation...</source>
        <translation>&amp;Declare a workstation...</translation>
    </message>
    <message>
        <source>New enrollment &amp;code</source>
        <translation>New enrollment &amp;code</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Revoke...</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
    <message>
        <source>Reason (the workstation will be refused at once):</source>
        <translation>Reason (the workstation will be refused at once):</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <source>Type this code on workstation %1 before %2.</source>
        <translation>Type this code on workstation %1 before %2.</translation>
    </message>
</context>
</TS>
