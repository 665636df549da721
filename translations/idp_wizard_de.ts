<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangePreviewDialog</name>
    <message>
        <source>Confirm the filter change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: the same employees stay shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 employees will be added, %2 will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 employees will be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the employees to &amp;add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the employees to &amp;remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed employees lose access to the platform and are removed from all ongoing trainings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionHeader</name>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect an identity provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review removals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reauthori&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity provider connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Microsoft Entra ID or Google Workspace to choose which employees to share with the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 employees in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync would remove %1 of %2 users. Nothing was applied: review the removals and confirm them, or fix the directory or the user filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection needs to be authorized again; scheduled syncs are paused until then. The synced users are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 added, %4 updated, %5 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until the connection is reauthorized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataOptionsPage</name>
    <message>
        <source>User data options to synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults are right for nearly everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: first name, last name and display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation: department, job title, company and manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location: office and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage: the employee&apos;s preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups: group memberships, to choose employees by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details of each shared employee are synchronized:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile and e-mail address are always synchronized. Nothing is ever written back to your directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo mode — nothing leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;mulate directory changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a joiner, a leaver and a move happen in the demo directory now; the next sync picks them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the demo connection and its users, as if it had never been connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectDialog</name>
    <message>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln synced users will be permanently removed. They lose access to the platform and are removed from all ongoing trainings. This cannot be undone; connecting again later adds them as new users.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I &amp;understand that all %Ln users will be permanently removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect and remove users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;disabled accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee matches these criteria: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching employees (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the directory any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 employees, including its sub-units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of nested groups count as members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing an org unit includes all of its sub-units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees with any of the included values are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 out of %2 employees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterSummary</name>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>located in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the org unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an address at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 or %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, plus %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, except %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, excluding guests and disabled accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, excluding guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, excluding disabled accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, including guests and disabled accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilteringPage</name>
    <message>
        <source>Employee filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which employees to share. Only they are provisioned; you can change this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing the rules: reading users, groups and org units from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 groups read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asked us to slow down; continuing shortly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the directory was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Employee Filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen employees are now shared with the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may take several minutes for large directories. You can leave this window open; closing it does not undo anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing employees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the employees from your directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading group memberships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the employees already shared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the shared employees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asked us to slow down; continuing shortly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee Filtering: Waiting for your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reauthorization: Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee Filtering: Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees are shared. They are kept up to date automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee Filtering: Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The connection is saved; retry now or let the next scheduled sync finish the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Sync runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync runs (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and errors of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin actions (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln removals wait for confirmation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln employees need attention in the directory:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>An internal error occurred (%1). Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IdP Wizard — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdP Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reauthorize connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit user filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disconnected. %Ln synced users were removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln users to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was held: review the removals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 updated, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled sync was skipped: another sync was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error stopped this operation; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced-users.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>Search by name, e-mail or department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the matching employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees matching the criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reauthorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual (app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the user filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated directory changes (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading employees… %Ln read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading organizational units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the synced users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asked us to slow down; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Name or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people by name or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always &amp;include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always e&amp;xclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Always included&lt;/b&gt; (even outside the criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Always excluded&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Permissions requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdP Wizard never changes, adds or deletes anything in your directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdP Wizard asks %1 for read-only access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read all users&apos; full profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read group memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View users, groups and org units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your e-mail address, to check that you are a super administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Connect your identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where your employees are managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees, groups and departments from your Microsoft 365 tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees, groups and org units from your Google Workspace domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one identity provider can be connected at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already connected. Disconnect it first to connect %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationBox</name>
    <message>
        <source>App registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tenant of the signed-in admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import client_secret.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs no app registration; these settings apply to the real profile&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in registration active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Google OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google client files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationHelp</name>
    <message>
        <source>Open the Microsoft Entra admin center and go to App registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose New registration, name it “IdP Wizard” and select “Accounts in this organizational directory only”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Redirect URI choose “Public client/native” and enter http://localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Application (client) ID and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Google Cloud console and create or choose a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the Admin SDK API for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Credentials, create an OAuth client ID of type “Desktop app”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the client_secret.json file and choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to register IdP Wizard:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalsDialog</name>
    <message>
        <source>Review removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync would remove %1 of the %2 synced users. Nothing has been removed yet. If these people really left or should no longer be shared, confirm; otherwise fix the directory or the user filters and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users that would be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln users and sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a sync that removes more than &amp;this share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and more than this &amp;number of users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held sync applies nothing until you review and confirm the removals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when IdP Wizard is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder (database and logs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics file holds the logs, the sync history and the settings, with e-mail addresses, names and tokens removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect an identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reauthorize the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync? The connection stays saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and cancel the setup? Nothing will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on &amp;another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator so IdP Wizard can read your directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account with the Global Administrator role in Microsoft Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a Google Workspace super administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: the sign-in is simulated. No browser opens and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your web browser opens for the sign-in. Come back here when it says you can close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a code to sign in on another device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled. You can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The scheduled sync was skipped: the connection needs reauthorization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserManagementPanel</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from the identity provider; it cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Search by name, e-mail or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuePicker</name>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowOps</name>
    <message>
        <source>Setup wizard unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup wizard is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A joiner, a leaver and a move happened in the demo directory; the next sync picks them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the demo? The demo connection and all its synced users are forgotten, as if it had never been connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
