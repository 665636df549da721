<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ChangePreviewDialog</name>
    <message numerus="yes">
      <source>%Ln employees will be added.</source>
      <translation>
        <numerusform>%Ln employee will be added.</numerusform>
        <numerusform>%Ln employees will be added.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln employees will be removed.</source>
      <translation>
        <numerusform>%Ln employee will be removed.</numerusform>
        <numerusform>%Ln employees will be removed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The details of %Ln employees will be updated.</source>
      <translation>
        <numerusform>The details of %Ln employee will be updated.</numerusform>
        <numerusform>The details of %Ln employees will be updated.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A&amp;pply and remove %Ln employees</source>
      <translation>
        <numerusform>A&amp;pply and remove %Ln employee</numerusform>
        <numerusform>A&amp;pply and remove %Ln employees</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Clients</name>
    <message numerus="yes">
      <source>%Ln users</source>
      <translation>
        <numerusform>%Ln user</numerusform>
        <numerusform>%Ln users</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConnectionHeader</name>
    <message numerus="yes">
      <source>%Ln users the app provisioned are still on the platform: it could not be reached when disconnecting. Remove them now, or they stay there.</source>
      <translation>
        <numerusform>%Ln user the app provisioned is still on the platform: it could not be reached when disconnecting. Remove them now, or they stay there.</numerusform>
        <numerusform>%Ln users the app provisioned are still on the platform: it could not be reached when disconnecting. Remove them now, or they stay there.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DisconnectDialog</name>
    <message numerus="yes">
      <source>All %Ln synced users will be permanently removed. They lose access to the platform and are removed from all ongoing trainings. This cannot be undone; connecting again later adds them as new users.</source>
      <translation>
        <numerusform>The %Ln synced user will be permanently removed. They lose access to the platform and are removed from all ongoing trainings. This cannot be undone; connecting again later adds them as a new user.</numerusform>
        <numerusform>All %Ln synced users will be permanently removed. They lose access to the platform and are removed from all ongoing trainings. This cannot be undone; connecting again later adds them as new users.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>I &amp;understand that all %Ln users will be permanently removed.</source>
      <translation>
        <numerusform>I &amp;understand that %Ln user will be permanently removed.</numerusform>
        <numerusform>I &amp;understand that all %Ln users will be permanently removed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln users will also be deactivated on the platform (%1).</source>
      <translation>
        <numerusform>%Ln user will also be deactivated on the platform (%1).</numerusform>
        <numerusform>%Ln users will also be deactivated on the platform (%1).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln users will also be removed from the platform (%1).</source>
      <translation>
        <numerusform>%Ln user will also be removed from the platform (%1).</numerusform>
        <numerusform>%Ln users will also be removed from the platform (%1).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>All %Ln synced users will be forgotten by this app. They keep their access to the platform, no longer managed by this app. This cannot be undone.</source>
      <translation>
        <numerusform>The %Ln synced user will be forgotten by this app. They keep their access to the platform, no longer managed by this app. This cannot be undone.</numerusform>
        <numerusform>All %Ln synced users will be forgotten by this app. They keep their access to the platform, no longer managed by this app. This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln users stay on the platform (%1).</source>
      <translation>
        <numerusform>%Ln user stays on the platform (%1).</numerusform>
        <numerusform>%Ln users stay on the platform (%1).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilterEditor</name>
    <message numerus="yes">
      <source>%1 (%Ln employees, including its sub-units)</source>
      <translation>
        <numerusform>%1 (%Ln employee, including its sub-units)</numerusform>
        <numerusform>%1 (%Ln employees, including its sub-units)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 (%Ln employees)</source>
      <translation>
        <numerusform>%1 (%Ln employee)</numerusform>
        <numerusform>%1 (%Ln employees)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Share %1 out of %Ln employees</source>
      <translation>
        <numerusform>Share %1 out of %Ln employee</numerusform>
        <numerusform>Share %1 out of %Ln employees</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FinishPage</name>
    <message numerus="yes">
      <source>%Ln employees are shared. They are kept up to date automatically.</source>
      <translation>
        <numerusform>%Ln employee is shared. They are kept up to date automatically.</numerusform>
        <numerusform>%Ln employees are shared. They are kept up to date automatically.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FinishSummary</name>
    <message numerus="yes">
      <source>%1 now holds %Ln users</source>
      <translation>
        <numerusform>%1 now holds %Ln user</numerusform>
        <numerusform>%1 now holds %Ln users</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryChart</name>
    <message numerus="yes">
      <source>%Ln removals wait for your confirmation; nothing was applied.</source>
      <translation>
        <numerusform>%Ln removal waits for your confirmation; nothing was applied.</numerusform>
        <numerusform>%Ln removals wait for your confirmation; nothing was applied.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln synced users after this run</source>
      <translation>
        <numerusform>%Ln synced user after this run</numerusform>
        <numerusform>%Ln synced users after this run</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message numerus="yes">
      <source>%Ln removals wait for confirmation.</source>
      <translation>
        <numerusform>%Ln removal waits for confirmation.</numerusform>
        <numerusform>%Ln removals wait for confirmation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln employees need attention in the directory:</source>
      <translation>
        <numerusform>%Ln employee needs attention in the directory:</numerusform>
        <numerusform>%Ln employees need attention in the directory:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln not provisioned on the platform:</source>
      <translation>
        <numerusform>%Ln not provisioned on the platform:</numerusform>
        <numerusform>%Ln not provisioned on the platform:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln employees were skipped; who and why is no longer kept (only the newest run keeps it, and no run after a disconnect).</source>
      <translation>
        <numerusform>%Ln employee was skipped; who and why is no longer kept (only the newest run keeps it, and no run after a disconnect).</numerusform>
        <numerusform>%Ln employees were skipped; who and why is no longer kept (only the newest run keeps it, and no run after a disconnect).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>Disconnected. %Ln synced users were removed.</source>
      <translation>
        <numerusform>Disconnected. %Ln synced user was removed.</numerusform>
        <numerusform>Disconnected. %Ln synced users were removed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed the client %1 (%Ln synced users were removed).</source>
      <translation>
        <numerusform>Removed the client %1 (%Ln synced user was removed).</numerusform>
        <numerusform>Removed the client %1 (%Ln synced users were removed).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln users to %1.</source>
      <translation>
        <numerusform>Exported %Ln user to %1.</numerusform>
        <numerusform>Exported %Ln users to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Panel</name>
    <message numerus="yes">
      <source>%n round(s) of changes</source>
      <translation>
        <numerusform>%n round of changes</numerusform>
        <numerusform>%n rounds of changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Reading employees… %Ln read</source>
      <translation>
        <numerusform>Reading employees… %Ln read</numerusform>
        <numerusform>Reading employees… %Ln read</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlatformBox</name>
    <message numerus="yes">
      <source>%Ln users stay on the previous platform, no longer managed.</source>
      <translation>
        <numerusform>%Ln user stays on the previous platform, no longer managed.</numerusform>
        <numerusform>%Ln users stay on the previous platform, no longer managed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlatformStatusLabel</name>
    <message numerus="yes">
      <source>%1 · %2 · %Ln users on the platform</source>
      <translation>
        <numerusform>%1 · %2 · %Ln user on the platform</numerusform>
        <numerusform>%1 · %2 · %Ln users on the platform</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln other users on the platform are not managed by this app and are never changed.</source>
      <translation>
        <numerusform>%Ln other user on the platform is not managed by this app and is never changed.</numerusform>
        <numerusform>%Ln other users on the platform are not managed by this app and are never changed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RemovalsDialog</name>
    <message numerus="yes">
      <source>&amp;Remove %Ln users and sync</source>
      <translation>
        <numerusform>&amp;Remove %Ln user and sync</numerusform>
        <numerusform>&amp;Remove %Ln users and sync</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RemoveClientDialog</name>
    <message numerus="yes">
      <source>%1 is disconnected first: all %Ln synced users are permanently removed. They lose access to the platform and are removed from all ongoing trainings.</source>
      <translation>
        <numerusform>%1 is disconnected first: the %Ln synced user is permanently removed. They lose access to the platform and are removed from all ongoing trainings.</numerusform>
        <numerusform>%1 is disconnected first: all %Ln synced users are permanently removed. They lose access to the platform and are removed from all ongoing trainings.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>I &amp;understand that %Ln synced users will be permanently removed.</source>
      <translation>
        <numerusform>I &amp;understand that %Ln synced user will be permanently removed.</numerusform>
        <numerusform>I &amp;understand that %Ln synced users will be permanently removed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UsersView</name>
    <message numerus="yes">
      <source>Loading %Ln synced users…</source>
      <translation>
        <numerusform>Loading %Ln synced user…</numerusform>
        <numerusform>Loading %Ln synced users…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln users</source>
      <translation>
        <numerusform>%Ln user</numerusform>
        <numerusform>%Ln users</numerusform>
      </translation>
    </message>
  </context>
</TS>
