<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>ApprovalListModel</name>
    <message>
        <source>Requested</source>
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
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
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
        <source>&amp;Pending approvals</source>
        <translation>&amp;Pending approvals</translation>
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
        <source>Customers</source>
        <translation>Customers</translation>
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
        <source>Open a cash session and collect payments</source>
        <translation>Open a cash session and collect payments</translation>
    </message>
    <message>
        <source>Supervise every till of the agencies in scope</source>
        <translation>Supervise every till of the agencies in scope</translation>
    </message>
    <message>
        <source>See tariffs, meter readings and bills</source>
        <translation>See tariffs, meter readings and bills</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Run billing</translation>
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
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
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
