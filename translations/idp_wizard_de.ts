<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangePreviewDialog</name>
    <message>
        <source>Confirm the filter change</source>
        <translation>Filteränderung bestätigen</translation>
    </message>
    <message>
        <source>Nothing changes: the same employees stay shared.</source>
        <translation>Nichts ändert sich: Es bleiben dieselben Mitarbeitenden freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employees will be added.</source>
        <translation>
            <numerusform>%Ln Person wird hinzugefügt.</numerusform>
            <numerusform>%Ln Mitarbeitende werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln employees will be removed.</source>
        <translation>
            <numerusform>%Ln Person wird entfernt.</numerusform>
            <numerusform>%Ln Mitarbeitende werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No employee is added or removed.</source>
        <translation>Niemand wird hinzugefügt oder entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>The details of %Ln employees will be updated.</source>
        <translation>
            <numerusform>Die Angaben von %Ln Person werden aktualisiert.</numerusform>
            <numerusform>Die Angaben von %Ln Mitarbeitenden werden aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the employees to &amp;add</source>
        <translation>Hinzuzufügende Mitarbeitende &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show the employees to &amp;remove</source>
        <translation>&amp;Zu entfernende Mitarbeitende anzeigen</translation>
    </message>
    <message>
        <source>Removed employees lose access to the platform and are removed from all ongoing trainings.</source>
        <translation>Entfernte Mitarbeitende verlieren den Zugang zur Plattform und werden aus allen laufenden Schulungen entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;pply and remove %Ln employees</source>
        <translation>
            <numerusform>Übernehmen und %Ln Person &amp;entfernen</numerusform>
            <numerusform>Übernehmen und %Ln Mitarbeitende &amp;entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pply the filter</source>
        <translation>Filter &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>ClientBar</name>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>All &amp;clients</source>
        <translation>Alle K&amp;unden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Review removals</source>
        <translation>Entfernungen prüfen</translation>
    </message>
    <message>
        <source>Reauthorize</source>
        <translation>Erneut autorisieren</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the platform</source>
        <translation>Plattform prüfen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Needs a new token</source>
        <translation>Neues Token nötig</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>ClientsHost</name>
    <message>
        <source>Client unavailable</source>
        <translation>Kunde nicht verfügbar</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Kunde hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name of the new client (the customer organisation):</source>
        <translation>&amp;Name des neuen Kunden (der Kundenorganisation):</translation>
    </message>
    <message>
        <source>Rename client</source>
        <translation>Kunde umbenennen</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>The scheduled sync of %1 was held: review its removals.</source>
        <translation>Die geplante Synchronisierung von %1 wurde angehalten: Prüfen Sie die Entfernungen.</translation>
    </message>
    <message>
        <source>The scheduled sync of %1 failed.</source>
        <translation>Die geplante Synchronisierung von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The scheduled sync of %1 was saved, but the platform did not get all of it; the rest is sent by its next sync.</source>
        <translation>Die geplante Synchronisierung von %1 wurde gespeichert, aber die Plattform hat noch nicht alles erhalten; der Rest wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
</context>
<context>
    <name>ClientsOverview</name>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&amp;Add client…</source>
        <translation>Kunde &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Remove client…</source>
        <translation>Kunde &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Back to the client</source>
        <translation>&amp;Zurück zum Kunden</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Kunden: %1</translation>
    </message>
    <message>
        <source>%1. Needing attention: %2 (marked ⚠)</source>
        <translation>%1. Handlungsbedarf: %2 (mit ⚠ markiert)</translation>
    </message>
</context>
<context>
    <name>ClientsTableModel</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Synced users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächste Synchronisierung</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
</context>
<context>
    <name>ConnectCallToAction</name>
    <message>
        <source>Connect your identity provider</source>
        <translation>Verbinden Sie Ihren Identitätsanbieter</translation>
    </message>
    <message>
        <source>Connect Microsoft Entra ID or Google Workspace, choose which employees to share, and IdP Wizard keeps exactly them provisioned on the platform.</source>
        <translation>Verbinden Sie Microsoft Entra ID oder Google Workspace und wählen Sie aus, welche Mitarbeitenden freigegeben werden. IdP Wizard hält genau diese auf der Plattform bereitgestellt.</translation>
    </message>
    <message>
        <source>&amp;Connect an identity provider…</source>
        <translation>&amp;Identitätsanbieter verbinden…</translation>
    </message>
</context>
<context>
    <name>ConnectionHeader</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connection actions (%1)</source>
        <translation>Aktionen für die Verbindung (%1)</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>Aktionen für die Verbindung</translation>
    </message>
    <message>
        <source>&amp;Review removals…</source>
        <translation>Entfernungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Reauthori&amp;ze…</source>
        <translation>Erneut autori&amp;sieren…</translation>
    </message>
    <message>
        <source>&amp;Keep the current filter</source>
        <translation>Aktuellen Filter &amp;beibehalten</translation>
    </message>
    <message>
        <source>&amp;Remove them now</source>
        <translation>Jetzt &amp;entfernen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minuten zwischen automatischen Synchronisierungen</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>Synced users:</source>
        <translation>Synchronisierte Benutzer:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>Next sync:</source>
        <translation>Nächste Synchronisierung:</translation>
    </message>
    <message>
        <source>IdP Wizard</source>
        <translation>IdP Wizard</translation>
    </message>
    <message>
        <source>No identity provider connected</source>
        <translation>Kein Identitätsanbieter verbunden</translation>
    </message>
    <message>
        <source>Connect one below to choose which employees to share with the platform.</source>
        <translation>Verbinden Sie unten einen, um auszuwählen, welche Mitarbeitenden für die Plattform freigegeben werden.</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · angemeldet als %2</translation>
    </message>
    <message>
        <source>%1 of %2 employees in the directory</source>
        <translation>%1 von %2 Mitarbeitenden im Verzeichnis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users the app provisioned are still on the platform: it could not be reached when disconnecting. Remove them now, or they stay there.</source>
        <translation>
            <numerusform>%Ln von der App bereitgestellter Benutzer ist noch auf der Plattform, weil sie beim Trennen der Verbindung nicht erreichbar war. Entfernen Sie ihn jetzt, sonst bleibt er dort.</numerusform>
            <numerusform>%Ln von der App bereitgestellte Benutzer sind noch auf der Plattform, weil sie beim Trennen der Verbindung nicht erreichbar war. Entfernen Sie sie jetzt, sonst bleiben sie dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change of the user filters waits for your confirmation: %1. It would remove %2 of %3 users. Until you confirm it, the current filters stay in force.</source>
        <translation>Eine Änderung der Benutzerfilter wartet auf Ihre Bestätigung: %1. Diese Änderung würde %2 von %3 Benutzern entfernen. Bis Sie sie bestätigen, gelten die aktuellen Filter weiter.</translation>
    </message>
    <message>
        <source>This sync would remove %1 of %2 users. Nothing was applied: review the removals and confirm them, or fix the directory or the user filters.</source>
        <translation>Diese Synchronisierung würde %1 von %2 Benutzern entfernen. Es wurde nichts übernommen: Prüfen und bestätigen Sie die Entfernungen oder korrigieren Sie das Verzeichnis bzw. die Benutzerfilter.</translation>
    </message>
    <message>
        <source>The connection needs to be authorized again; scheduled syncs are paused until then. The synced users are kept.</source>
        <translation>Die Verbindung muss erneut autorisiert werden; geplante Synchronisierungen sind bis dahin pausiert. Die synchronisierten Benutzer bleiben erhalten.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Noch nie</translation>
    </message>
    <message>
        <source>%1 — %2: %3 added, %4 updated, %5 removed</source>
        <translation>%1 – %2: %3 hinzugefügt, %4 aktualisiert, %5 entfernt</translation>
    </message>
    <message>
        <source>%1 — %2: the directory changes were saved; the platform did not get all of them (%3 wait for the next sync)</source>
        <translation>%1 – %2: Die Änderungen aus dem Verzeichnis wurden gespeichert; die Plattform hat nicht alle erhalten (%3 warten auf die nächste Synchronisierung)</translation>
    </message>
    <message>
        <source>%1 — %2: the scheduled sync was skipped because the connection needs to be authorized again (see above). Nothing was changed.</source>
        <translation>%1 – %2: Die geplante Synchronisierung wurde übersprungen, weil die Verbindung erneut autorisiert werden muss (siehe oben). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 — %2: the connection needs to be authorized again (see above). Nothing was changed.</source>
        <translation>%1 – %2: Die Verbindung muss erneut autorisiert werden (siehe oben). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 — %2. Nothing was changed: %3</source>
        <translation>%1 – %2. Es wurde nichts geändert: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Paused until the connection is reauthorized</source>
        <translation>Pausiert, bis die Verbindung erneut autorisiert ist</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>'{address}' is not a valid e-mail address</source>
        <translation>„{address}“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>--demo-size must be between 1 and {limit} (got {size}).</source>
        <translation>--demo-size muss zwischen 1 und {limit} liegen (angegeben: {size}).</translation>
    </message>
    <message>
        <source>--interval must be between {low} and {high} minutes (got {interval}).</source>
        <translation>--interval muss zwischen {low} und {high} Minuten liegen (angegeben: {interval}).</translation>
    </message>
    <message>
        <source>1 round of changes</source>
        <translation>1 Änderungsrunde</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>Alle Mitarbeitenden</translation>
    </message>
    <message>
        <source>An Entra application (client) ID is needed to sign in.</source>
        <translation>Für die Anmeldung wird eine Entra-Anwendungs-ID (Client-ID) benötigt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot connect to {host} (connection refused, {tries}): check the SCIM base URL and the network.</source>
        <translation>Keine Verbindung zu {host} möglich (Verbindung abgelehnt, {tries}): Prüfen Sie die SCIM-Basis-URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on port {port} of this computer ({reason}); another program is using it. Close it or choose another port.</source>
        <translation>Auf Port {port} dieses Computers kann nicht auf die Antwort der Anmeldung gewartet werden ({reason}); ein anderes Programm verwendet ihn. Schließen Sie es oder wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on port {port} of this computer ({reason}); another program is using it. Close it, or sign in with another port or with a device code.</source>
        <translation>Auf Port {port} dieses Computers kann nicht auf die Antwort der Anmeldung gewartet werden ({reason}); ein anderes Programm verwendet ihn. Schließen Sie es oder melden Sie sich über einen anderen Port oder mit einem Gerätecode an.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot send a request to {host}: check the SCIM base URL.</source>
        <translation>An {host} kann keine Anfrage gesendet werden: Prüfen Sie die SCIM-Basis-URL.</translation>
    </message>
    <message>
        <source>Cannot send a request to {provider} ({error}).</source>
        <translation>An {provider} kann keine Anfrage gesendet werden ({error}).</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: it has IdP Wizard tables but no schema version (damaged or changed by hand). It was left as it is: restore a backup or move it away to start afresh.</source>
        <translation>Die Datenbank {path} kann nicht verwendet werden, denn sie enthält IdP-Wizard-Tabellen, aber keine Schemaversion (beschädigt oder von Hand geändert). Die Datei wurde nicht verändert: Stellen Sie eine Sicherung wieder her oder verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: it is damaged (the table {table} is missing). It was left as it is: restore a backup or move it away to start afresh.</source>
        <translation>Die Datenbank {path} kann nicht verwendet werden, denn sie ist beschädigt (die Tabelle {table} fehlt). Die Datei wurde nicht verändert: Stellen Sie eine Sicherung wieder her oder verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: permission denied ({reason}).</source>
        <translation>Die Datenbank {path} kann nicht verwendet werden: Zugriff verweigert ({reason}).</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: {why}.</source>
        <translation>Die Datenbank {path} kann nicht verwendet werden: {why}.</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: {why}. It was left as it is: restore a backup or move it away to start afresh.</source>
        <translation>Die Datenbank {path} kann nicht verwendet werden: {why}. Die Datei wurde nicht verändert: Stellen Sie eine Sicherung wieder her oder verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot use the lock file {path} ({why}); remove or fix it, then try again.</source>
        <translation>Die Sperrdatei {path} kann nicht verwendet werden ({why}); entfernen oder reparieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choosing employees by group needs permission to read group memberships ({permission}), which this connection did not ask for because groups were left out of the user data options. Ask for group access (in the app: Edit user filters, Groups), then reauthorize the connection; IdP Wizard then asks for this permission too.</source>
        <translation>Um Mitarbeitende nach Gruppen auszuwählen, wird die Berechtigung zum Lesen von Gruppenmitgliedschaften ({permission}) benötigt. Diese Verbindung hat sie nicht angefordert, weil Gruppen bei den Benutzerdaten abgewählt wurden. Fordern Sie den Gruppenzugriff an (in der App: Benutzerfilter bearbeiten, Gruppen) und autorisieren Sie die Verbindung anschließend erneut; IdP Wizard fordert dann auch diese Berechtigung an.</translation>
    </message>
    <message>
        <source>Choosing employees by group needs permission to read group memberships ({permission}), which this connection has not been granted. Reauthorize the connection to grant it (in the app: the ⋮ menu, Reauthorize connection; on the command line: {command}).</source>
        <translation>Um Mitarbeitende nach Gruppen auszuwählen, wird die Berechtigung zum Lesen von Gruppenmitgliedschaften ({permission}) benötigt, die dieser Verbindung nicht erteilt wurde. Autorisieren Sie die Verbindung erneut, um sie zu erteilen (in der App: Menü ⋮, Verbindung erneut autorisieren; auf der Befehlszeile: {command}).</translation>
    </message>
    <message>
        <source>Connect the demo tenant first ({command}).</source>
        <translation>Verbinden Sie zuerst den Demomandanten ({command}).</translation>
    </message>
    <message>
        <source>Could not open a web browser for the sign-in. Open one and try again, or sign in with a device code instead.</source>
        <translation>Für die Anmeldung konnte kein Webbrowser geöffnet werden. Öffnen Sie einen und versuchen Sie es erneut, oder melden Sie sich stattdessen mit einem Gerätecode an.</translation>
    </message>
    <message>
        <source>Demo mode: a device code would be shown here; the sign-in is simulated.</source>
        <translation>Demomodus: Hier würde ein Gerätecode angezeigt; die Anmeldung wird simuliert.</translation>
    </message>
    <message>
        <source>Employees {criteria}</source>
        <translation>Mitarbeitende {criteria}</translation>
    </message>
    <message>
        <source>Google Directory API returned a malformed user list.</source>
        <translation>Die Google Directory API hat eine fehlerhafte Benutzerliste geliefert.</translation>
    </message>
    <message>
        <source>Google Workspace has no device-code sign-in for these permissions; sign in with the browser.</source>
        <translation>Google Workspace bietet für diese Berechtigungen keine Anmeldung per Gerätecode; melden Sie sich im Browser an.</translation>
    </message>
    <message>
        <source>Google could not be reached to revoke the sign-in, so it was only removed from this computer's keychain; it can be removed at https://myaccount.google.com/permissions.</source>
        <translation>Google war nicht erreichbar, um die Anmeldung zu widerrufen; sie wurde daher nur aus dem Schlüsselbund dieses Computers entfernt. Sie können sie unter https://myaccount.google.com/permissions entfernen.</translation>
    </message>
    <message>
        <source>Google did not say who signed in (no e-mail or no refresh token); try again.</source>
        <translation>Google hat nicht mitgeteilt, wer sich angemeldet hat (keine E-Mail-Adresse oder kein Aktualisierungstoken); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google does not know this OAuth client ({code}). Check the client_secret.json file. {hint}</source>
        <translation>Google kennt diesen OAuth-Client nicht ({code}). Prüfen Sie die Datei client_secret.json. {hint}</translation>
    </message>
    <message>
        <source>Google granted only part of the requested access; missing: {names}. Sign in again and leave every permission ticked (all are read-only).</source>
        <translation>Google hat nur einen Teil des angeforderten Zugriffs gewährt; es fehlt: {names}. Melden Sie sich erneut an und lassen Sie jede Berechtigung angehakt (alle sind schreibgeschützt).</translation>
    </message>
    <message>
        <source>Google refused the sign-in ({code}).</source>
        <translation>Google hat die Anmeldung abgelehnt ({code}).</translation>
    </message>
    <message>
        <source>Google refused to renew the sign-in ({code}); try again later.</source>
        <translation>Google hat die Erneuerung der Anmeldung abgelehnt ({code}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Group access is requested. Reauthorize the connection (the ⋮ menu, Reauthorize connection) and accept the new permission ({permission}); group criteria are offered after the next synchronization of rules.</source>
        <translation>Der Gruppenzugriff ist angefordert. Autorisieren Sie die Verbindung erneut (Menü ⋮, Verbindung erneut autorisieren) und akzeptieren Sie die neue Berechtigung ({permission}); Gruppenkriterien werden nach der nächsten Synchronisierung der Regeln angeboten.</translation>
    </message>
    <message>
        <source>In the Google Cloud console (APIs &amp; Services &gt; Credentials) create an OAuth client ID of type 'Desktop app' in a project with the Admin SDK API enabled, download its JSON and connect with --client-secret-file client_secret.json.</source>
        <translation>Erstellen Sie in der Google Cloud Console („APIs &amp; Dienste“ &gt; „Anmeldedaten“) eine OAuth-Client-ID vom Typ „Desktop-App“ in einem Projekt mit aktivierter Admin SDK API, laden Sie deren JSON-Datei herunter und verbinden Sie sich mit --client-secret-file client_secret.json.</translation>
    </message>
    <message>
        <source>JSON that is not SCIM</source>
        <translation>JSON, das kein SCIM ist</translation>
    </message>
    <message>
        <source>Loading the LaunchAgent (launchctl bootstrap)</source>
        <translation>Das Laden des LaunchAgents (launchctl bootstrap)</translation>
    </message>
    <message>
        <source>Microsoft Entra ID did not say who signed in; try again.</source>
        <translation>Microsoft Entra ID hat nicht mitgeteilt, wer sich angemeldet hat; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in ({code}).</source>
        <translation>Microsoft Entra ID hat die Anmeldung abgelehnt ({code}).</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused to renew the sign-in ({code}); try again later.</source>
        <translation>Microsoft Entra ID hat die Erneuerung der Anmeldung abgelehnt ({code}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Microsoft Graph returned a malformed user list.</source>
        <translation>Microsoft Graph hat eine fehlerhafte Benutzerliste geliefert.</translation>
    </message>
    <message>
        <source>Neither a systemd user session nor cron (crontab) is available to schedule syncs on this computer.</source>
        <translation>Auf diesem Computer steht weder eine systemd-Benutzersitzung noch cron (crontab) zur Verfügung, um Synchronisierungen zu planen.</translation>
    </message>
    <message>
        <source>No Entra app registration is configured. {hint}</source>
        <translation>Es ist keine Entra-App-Registrierung eingerichtet. {hint}</translation>
    </message>
    <message>
        <source>No Google OAuth client is configured. {hint}</source>
        <translation>Es ist kein Google-OAuth-Client eingerichtet. {hint}</translation>
    </message>
    <message>
        <source>No identity provider is connected.</source>
        <translation>Es ist kein Identitätsanbieter verbunden.</translation>
    </message>
    <message>
        <source>No identity provider is connected. Connect one first ({command}).</source>
        <translation>Es ist kein Identitätsanbieter verbunden. Verbinden Sie zuerst einen ({command}).</translation>
    </message>
    <message>
        <source>No scheduled sync was installed ({scheduler}).</source>
        <translation>Es war keine geplante Synchronisierung eingerichtet ({scheduler}).</translation>
    </message>
    <message>
        <source>No scheduler is available on this computer: neither a systemd user session nor cron (crontab). Install cron (Debian/Ubuntu: apt-get install cron; Fedora: dnf install cronie), or keep the app open: it syncs on its own schedule while it runs.</source>
        <translation>Auf diesem Computer steht kein Zeitplaner zur Verfügung: weder eine systemd-Benutzersitzung noch cron (crontab). Installieren Sie cron (Debian/Ubuntu: apt-get install cron; Fedora: dnf install cronie) oder lassen Sie die App geöffnet: Solange sie läuft, synchronisiert sie nach ihrem eigenen Zeitplan.</translation>
    </message>
    <message>
        <source>No system keychain is available ({what}); IdP Wizard stores sign-in tokens only in the keychain, never in a file. On Linux install and unlock GNOME Keyring or KWallet.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar ({what}); IdP Wizard speichert Anmeldetoken nur im Schlüsselbund, nie in einer Datei. Installieren und entsperren Sie unter Linux GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>Note: {note}.</source>
        <translation>Hinweis: {note}.</translation>
    </message>
    <message>
        <source>On a computer without a display, use the command line ({program} --help) or check this installation with {program} --self-test</source>
        <translation>Verwenden Sie auf einem Computer ohne Bildschirm die Befehlszeile ({program} --help) oder prüfen Sie diese Installation mit {program} --self-test</translation>
    </message>
    <message>
        <source>Reading the crontab (crontab -l)</source>
        <translation>Das Lesen der crontab (crontab -l)</translation>
    </message>
    <message>
        <source>Register one in the Microsoft Entra admin center: App registrations &gt; New registration, platform 'Mobile and desktop applications' with redirect URI http://localhost, allow public client flows, add the delegated Microsoft Graph permissions User.Read, User.Read.All and RoleManagement.Read.Directory (and GroupMember.Read.All to choose employees by group), press 'Grant admin consent', then connect with --client-id &lt;Application (client) ID&gt;.</source>
        <translation>Registrieren Sie eine App im Microsoft Entra Admin Center: „App-Registrierungen“ &gt; „Neue Registrierung“, Plattform „Mobile Anwendungen und Desktopanwendungen“ mit der Umleitungs-URI http://localhost; öffentliche Clientflows zulassen; die delegierten Microsoft-Graph-Berechtigungen User.Read, User.Read.All und RoleManagement.Read.Directory hinzufügen (und GroupMember.Read.All, um Mitarbeitende nach Gruppen auszuwählen); „Administratorzustimmung erteilen“ wählen; dann mit --client-id &lt;Anwendungs-ID (Client-ID)&gt; verbinden.</translation>
    </message>
    <message>
        <source>Registering the task (schtasks /Create)</source>
        <translation>Das Registrieren der Aufgabe (schtasks /Create)</translation>
    </message>
    <message>
        <source>Removed the scheduled sync from {scheduler}.</source>
        <translation>Die geplante Synchronisierung wurde aus {scheduler} entfernt.</translation>
    </message>
    <message>
        <source>Removing the task (schtasks /Delete)</source>
        <translation>Das Entfernen der Aufgabe (schtasks /Delete)</translation>
    </message>
    <message>
        <source>No identity provider is connected yet: the scheduled syncs have nothing to do until one is.</source>
        <translation>Es ist noch kein Identitätsanbieter verbunden: Die geplanten Synchronisierungen haben nichts zu tun, bis einer verbunden ist.</translation>
    </message>
    <message>
        <source>(demo profile)</source>
        <translation>(Demoprofil)</translation>
    </message>
    <message>
        <source>--all-clients syncs every client; leave out --client NAME</source>
        <translation>--all-clients synchronisiert alle Kunden; lassen Sie --client NAME weg</translation>
    </message>
    <message>
        <source>--allow-deletions confirms one client's removals; use it with --client NAME, not with --all-clients</source>
        <translation>--allow-deletions bestätigt die Entfernungen eines Kunden; verwenden Sie es mit --client NAME, nicht mit --all-clients</translation>
    </message>
    <message>
        <source>--client does not apply to 'clients' commands; they name the client themselves</source>
        <translation>--client gilt nicht für „clients“-Befehle; diese nennen den Kunden selbst</translation>
    </message>
    <message>
        <source>--client does not apply to 'schedule': one scheduled task syncs every client</source>
        <translation>--client gilt nicht für „schedule“: Eine geplante Aufgabe synchronisiert alle Kunden</translation>
    </message>
    <message>
        <source>--demo-size needs --demo (it sets the size of the demo tenant)</source>
        <translation>--demo-size erfordert --demo (es legt die Größe des Demomandanten fest)</translation>
    </message>
    <message>
        <source>--demo-size sets a demo client's size when it connects; use it with --client NAME connect</source>
        <translation>--demo-size legt die Größe eines Demokunden beim Verbinden fest; verwenden Sie es mit --client NAME connect</translation>
    </message>
    <message>
        <source>--token-file and --token-stdin need --scim-url.</source>
        <translation>--token-file und --token-stdin erfordern --scim-url.</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... und {count} weitere</translation>
    </message>
    <message>
        <source>... and {count} more ({command})</source>
        <translation>... und {count} weitere ({command})</translation>
    </message>
    <message>
        <source>... and {count} more to add</source>
        <translation>... und {count} weitere hinzuzufügen</translation>
    </message>
    <message>
        <source>... and {count} more to remove</source>
        <translation>... und {count} weitere zu entfernen</translation>
    </message>
    <message>
        <source>... {count} more (use --json for all)</source>
        <translation>... {count} weitere (alle mit --json)</translation>
    </message>
    <message>
        <source>A Conditional Access policy of the tenant blocks this sign-in ({code}). Ask an administrator of the tenant to let IdP Wizard (or this device or network) through, then sign in again.</source>
        <translation>Eine Richtlinie für bedingten Zugriff des Mandanten blockiert diese Anmeldung ({code}). Bitten Sie einen Administrator des Mandanten, IdP Wizard (oder dieses Gerät oder Netzwerk) zuzulassen, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>A Conditional Access policy of the tenant now blocks IdP Wizard's sign-in ({code}). Ask an administrator of the tenant to let IdP Wizard through, then reauthorize the connection.</source>
        <translation>Eine Richtlinie für bedingten Zugriff des Mandanten blockiert jetzt die Anmeldung von IdP Wizard ({code}). Bitten Sie einen Administrator des Mandanten, IdP Wizard zuzulassen, und autorisieren Sie die Verbindung dann erneut.</translation>
    </message>
    <message>
        <source>A filter change waits for confirmation: {summary}. {removes} The current filter stays in force until {confirm} applies the change; to keep the current filter, give it to filters set again ({show} prints it).</source>
        <translation>Eine Filteränderung wartet auf Bestätigung: {summary}. {removes} Bis {confirm} die Änderung übernimmt, bleibt der aktuelle Filter in Kraft; um den aktuellen Filter zu behalten, übergeben Sie ihn erneut an filters set ({show} gibt ihn aus).</translation>
    </message>
    <message>
        <source>Added the client {name}. Connect it with: {command}</source>
        <translation>Der Kunde {name} wurde hinzugefügt. Verbinden Sie ihn mit: {command}</translation>
    </message>
    <message>
        <source>Added the client {name}. Its demo tenant: {tenant}. Connect it with: {command}</source>
        <translation>Der Kunde {name} wurde hinzugefügt. Sein Demomandant: {tenant}. Verbinden Sie ihn mit: {command}</translation>
    </message>
    <message>
        <source>Admin actions:</source>
        <translation>Admin-Aktionen:</translation>
    </message>
    <message>
        <source>An internal error stopped the push to the platform; what is left is sent by the next sync.</source>
        <translation>Ein interner Fehler hat das Senden an die Plattform abgebrochen; der Rest wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>An internal error stopped this sync; nothing was applied. Details are in the log.</source>
        <translation>Ein interner Fehler hat diese Synchronisierung abgebrochen; es wurde nichts übernommen. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Attributes sent: {attributes}.</source>
        <translation>Gesendete Attribute: {attributes}.</translation>
    </message>
    <message>
        <source>Bulk (up to {operations} operations, {size} bytes)</source>
        <translation>Bulk (bis zu {operations} Vorgängen, {size} Bytes)</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>Cannot reach Google to renew the sign-in ({reason}); check the network connection and try again.</source>
        <translation>Google ist zum Erneuern der Anmeldung nicht erreichbar ({reason}); prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach Google's sign-in service ({reason}); check the network connection and try again.</source>
        <translation>Der Anmeldedienst von Google ist nicht erreichbar ({reason}); prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the Microsoft sign-in service ({reason}); check the network connection and try again.</source>
        <translation>Der Microsoft-Anmeldedienst ist nicht erreichbar ({reason}); prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the Microsoft sign-in service {authority} ({reason}); check the network connection and try again.</source>
        <translation>Der Microsoft-Anmeldedienst {authority} ist nicht erreichbar ({reason}); prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot remove {path} ({reason}).</source>
        <translation>{path} kann nicht entfernt werden ({reason}).</translation>
    </message>
    <message>
        <source>Cannot schedule syncs: {path} ({what}) contains {character}, which a scheduled task's command cannot hold safely (a line break would start another crontab line or unit setting). Nothing was changed; choose a path without it.</source>
        <translation>Synchronisierungen können nicht geplant werden: {path} ({what}) enthält {character}, das der Befehl einer geplanten Aufgabe nicht sicher aufnehmen kann (ein Zeilenumbruch würde eine weitere crontab-Zeile oder Unit-Einstellung beginnen). Es wurde nichts geändert; wählen Sie einen Pfad ohne dieses Zeichen.</translation>
    </message>
    <message>
        <source>Cannot schedule syncs: {path} ({what}) contains {variable}, which Windows replaces with the value of that environment variable when the task runs, so the task would run something else. Nothing was changed; choose a path without a %NAME% pair.</source>
        <translation>Synchronisierungen können nicht geplant werden: {path} ({what}) enthält {variable}; Windows ersetzt das beim Ausführen der Aufgabe durch den Wert dieser Umgebungsvariablen, die Aufgabe würde also etwas anderes ausführen. Es wurde nichts geändert; wählen Sie einen Pfad ohne ein %NAME%-Paar.</translation>
    </message>
    <message>
        <source>Cannot use the lock file {path} ({reason}); nothing was changed. Remove or fix it, then try again.</source>
        <translation>Die Sperrdatei {path} kann nicht verwendet werden ({reason}); es wurde nichts geändert. Entfernen oder reparieren Sie sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}).</source>
        <translation>{path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Choose an identity provider first.</source>
        <translation>Wählen Sie zuerst einen Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Client {name}:</source>
        <translation>Kunde {name}:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Kunde: {name}</translation>
    </message>
    <message>
        <source>Comparing with the platform</source>
        <translation>Abgleich mit der Plattform</translation>
    </message>
    <message>
        <source>Comparing with the synced users</source>
        <translation>Abgleich mit den synchronisierten Benutzern</translation>
    </message>
    <message>
        <source>Confirm with: {command}</source>
        <translation>Bestätigen Sie mit: {command}</translation>
    </message>
    <message>
        <source>Connect Microsoft Entra ID or Google Workspace and provision the employees you choose. Without a command, opens the desktop app.</source>
        <translation>Verbindet Microsoft Entra ID oder Google Workspace und stellt die von Ihnen gewählten Mitarbeitenden bereit. Ohne Befehl öffnet sich die Desktop-App.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connected to {provider} ({tenant}) as {account}.</source>
        <translation>Mit {provider} ({tenant}) verbunden als {account}.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connection to {url} works.</source>
        <translation>Die Verbindung zu {url} funktioniert.</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>ABTEILUNG</translation>
    </message>
    <message>
        <source>Directory part saved: added {added}, updated {updated}, removed {removed}; {shared} of {directory} employees shared.</source>
        <translation>Verzeichnisteil gespeichert: {added} hinzugefügt, {updated} aktualisiert, {removed} entfernt; {shared} von {directory} Mitarbeitenden freigegeben.</translation>
    </message>
    <message>
        <source>Disconnected {provider}. {count} synced users were removed.</source>
        <translation>Verbindung zu {provider} getrennt. {count} synchronisierte Benutzer wurden entfernt.</translation>
    </message>
    <message>
        <source>Disconnected {provider}; {error}</source>
        <translation>Verbindung zu {provider} getrennt; {error}</translation>
    </message>
    <message>
        <source>Dry run (nothing was changed): would add {added}, update {updated}, remove {removed}; {shared} of {directory} employees shared.</source>
        <translation>Probelauf (nichts wurde geändert): würde {added} hinzufügen, {updated} aktualisieren, {removed} entfernen; {shared} von {directory} Mitarbeitenden freigegeben.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Entra: national cloud (default global)</source>
        <translation>Entra: nationale Cloud (Standard: global)</translation>
    </message>
    <message>
        <source>Entra: sign in with a code on another device instead of a browser here</source>
        <translation>Entra: mit einem Code auf einem anderen Gerät anmelden statt in einem Browser hier</translation>
    </message>
    <message>
        <source>Entra: tenant ID or domain (default: the signed-in admin's)</source>
        <translation>Entra: Mandanten-ID oder Domäne (Standard: die des angemeldeten Administrators)</translation>
    </message>
    <message>
        <source>Entra: the application (client) ID of your app registration (remembered for next time)</source>
        <translation>Entra: die Anwendungs-ID (Client-ID) Ihrer App-Registrierung (wird für das nächste Mal gespeichert)</translation>
    </message>
    <message>
        <source>Exclude {attribute}: {values}</source>
        <translation>Ausgeschlossene {attribute}: {values}</translation>
    </message>
    <message>
        <source>Filter change held: {reason}</source>
        <translation>Filteränderung angehalten: {reason}</translation>
    </message>
    <message>
        <source>Give the platform's SCIM token (--token-file or --token-stdin).</source>
        <translation>Geben Sie das SCIM-Token der Plattform an (--token-file oder --token-stdin).</translation>
    </message>
    <message>
        <source>Google's sign-in service answered something that is not a sign-in answer (perhaps a page of a proxy or firewall); try again in a few minutes. If it keeps happening, check the network's proxy settings.</source>
        <translation>Der Anmeldedienst von Google hat etwas geantwortet, das keine Anmeldeantwort ist (vielleicht eine Seite eines Proxys oder einer Firewall); versuchen Sie es in ein paar Minuten erneut. Wenn es wieder vorkommt, prüfen Sie die Proxy-Einstellungen des Netzwerks.</translation>
    </message>
    <message>
        <source>Google's sign-in service is unavailable at the moment ({code}); try again in a few minutes.</source>
        <translation>Der Anmeldedienst von Google ist zurzeit nicht verfügbar ({code}); versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Google's sign-in service is unavailable at the moment; try again in a few minutes.</source>
        <translation>Der Anmeldedienst von Google ist zurzeit nicht verfügbar; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Google: the client_secret.json of a 'Desktop app' OAuth client (remembered for next time)</source>
        <translation>Google: die client_secret.json eines OAuth-Clients vom Typ „Desktop-App“ (wird für das nächste Mal gespeichert)</translation>
    </message>
    <message>
        <source>Held (removals wait for confirmation)</source>
        <translation>Angehalten (Entfernungen warten auf Bestätigung)</translation>
    </message>
    <message>
        <source>Include {attribute}: {values}</source>
        <translation>Eingeschlossene {attribute}: {values}</translation>
    </message>
    <message>
        <source>It would remove {removed} of {synced} synced user.</source>
        <translation>Sie würde {removed} von {synced} synchronisierten Benutzer entfernen.</translation>
    </message>
    <message>
        <source>It would remove {removed} of {synced} synced users.</source>
        <translation>Sie würde {removed} von {synced} synchronisierten Benutzern entfernen.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>LETZTE SYNCHRONISIERUNG</translation>
    </message>
    <message>
        <source>Last scheduled:</source>
        <translation>Letzte geplante Synchronisierung:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>Microsoft Entra ID asks for more than this sign-in gave ({code}), such as multi-factor authentication. Sign in again and complete every step the browser asks for.</source>
        <translation>Microsoft Entra ID verlangt mehr, als diese Anmeldung geliefert hat ({code}), etwa eine mehrstufige Authentifizierung. Melden Sie sich erneut an und führen Sie jeden Schritt aus, den der Browser verlangt.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID asks the administrator to sign in again ({code}), for example for multi-factor authentication; reauthorize the connection.</source>
        <translation>Microsoft Entra ID verlangt, dass sich der Administrator erneut anmeldet ({code}), zum Beispiel für eine mehrstufige Authentifizierung; autorisieren Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Name what to change: --removal delete|deactivate and/or --concurrency N.</source>
        <translation>Geben Sie an, was geändert werden soll: --removal delete|deactivate und/oder --concurrency N.</translation>
    </message>
    <message>
        <source>Needs a new token</source>
        <translation>Neues Token nötig</translation>
    </message>
    <message>
        <source>Needs reauthorization</source>
        <translation>Erneute Autorisierung nötig</translation>
    </message>
    <message>
        <source>No client is connected; nothing was synced.</source>
        <translation>Es ist kein Kunde verbunden; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>No platform set</source>
        <translation>Keine Plattform festgelegt</translation>
    </message>
    <message>
        <source>No platform target is set.</source>
        <translation>Es ist keine Zielplattform festgelegt.</translation>
    </message>
    <message>
        <source>No platform target is set: the shared employees are kept in this app only ({command}).</source>
        <translation>Es ist keine Zielplattform festgelegt: Die freigegebenen Mitarbeitenden bleiben nur in dieser App ({command}).</translation>
    </message>
    <message>
        <source>No platform target is set; set one first ({command}).</source>
        <translation>Es ist keine Zielplattform festgelegt; legen Sie zuerst eine fest ({command}).</translation>
    </message>
    <message>
        <source>No scheduled sync of this data folder was installed ({scheduler}); {note}.</source>
        <translation>Für diesen Datenordner war keine geplante Synchronisierung eingerichtet ({scheduler}); {note}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not declared by the platform, so not sent: {attributes}.</source>
        <translation>Von der Plattform nicht angegeben, daher nicht gesendet: {attributes}.</translation>
    </message>
    <message>
        <source>Not ours:</source>
        <translation>Fremde Benutzer:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Note: this console's encoding ({encoding}) cannot show every character; --output FILE writes a UTF-8 file.</source>
        <translation>Hinweis: Die Kodierung dieser Konsole ({encoding}) kann nicht jedes Zeichen darstellen; --output FILE schreibt eine UTF-8-Datei.</translation>
    </message>
    <message>
        <source>On platform:</source>
        <translation>Auf der Plattform:</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Pausiert:</translation>
    </message>
    <message>
        <source>Platform repaired: {missing} re-created, {drifted} restored.</source>
        <translation>Plattform repariert: {missing} neu angelegt, {drifted} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Platform target set: {url}.</source>
        <translation>Zielplattform festgelegt: {url}.</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Platform: created {created}, adopted {adopted}, updated {updated}, removed {removed}, failed {failed}.</source>
        <translation>Plattform: {created} angelegt, {adopted} übernommen, {updated} aktualisiert, {removed} entfernt, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Reauthorized {provider} ({tenant}) as {account}.</source>
        <translation>{provider} ({tenant}) erneut autorisiert als {account}.</translation>
    </message>
    <message>
        <source>Removals:</source>
        <translation>Entfernungen:</translation>
    </message>
    <message>
        <source>Removed employees are deactivated on the platform; {concurrency} requests at once.</source>
        <translation>Entfernte Mitarbeitende werden auf der Plattform deaktiviert; {concurrency} gleichzeitige Anfragen.</translation>
    </message>
    <message>
        <source>Removed employees are deleted on the platform; {concurrency} requests at once.</source>
        <translation>Entfernte Mitarbeitende werden auf der Plattform gelöscht; {concurrency} gleichzeitige Anfragen.</translation>
    </message>
    <message>
        <source>Renamed the client {old} to {new}.</source>
        <translation>Der Kunde {old} wurde in {new} umbenannt.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Saving changes</source>
        <translation>Änderungen werden gespeichert</translation>
    </message>
    <message>
        <source>Scheduled a sync of every client every {minutes} minutes with {scheduler} ({location}).</source>
        <translation>Geplante Synchronisierung aller Kunden eingerichtet: alle {minutes} Minuten mit {scheduler} ({location}).</translation>
    </message>
    <message>
        <source>Sending changes to the platform</source>
        <translation>Änderungen werden an die Plattform gesendet</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Sign in with the browser window that opens now (Ctrl+C cancels).</source>
        <translation>Melden Sie sich im Browserfenster an, das sich jetzt öffnet (Strg+C bricht ab).</translation>
    </message>
    <message>
        <source>Simulating directory changes is only possible in demo mode (--demo).</source>
        <translation>Verzeichnisänderungen lassen sich nur im Demomodus simulieren (--demo).</translation>
    </message>
    <message>
        <source>Skipped: another sync of this client was still running (the scheduled run before, or a sync from the app or the command line); the next scheduled run syncs it.</source>
        <translation>Übersprungen: Eine andere Synchronisierung dieses Kunden lief noch (die vorige geplante oder eine aus der App oder der Befehlszeile); die nächste geplante Synchronisierung holt sie nach.</translation>
    </message>
    <message>
        <source>Standard input held no token; pipe the token in, e.g. from a password manager.</source>
        <translation>Die Standardeingabe enthielt kein Token; übergeben Sie das Token per Pipe, z. B. aus einem Passwortmanager.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Supported: {features}; {types}.</source>
        <translation>Unterstützt: {features}; {types}.</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>Synchronisierung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Sync held: {reason}</source>
        <translation>Synchronisierung angehalten: {reason}</translation>
    </message>
    <message>
        <source>Sync runs (newest first):</source>
        <translation>Synchronisierungsläufe (neueste zuerst):</translation>
    </message>
    <message>
        <source>Synced users:</source>
        <translation>Synchronisierte Benutzer:</translation>
    </message>
    <message>
        <source>Synced: added {added}, updated {updated}, removed {removed}; {shared} of {directory} employees shared.</source>
        <translation>Synchronisiert: {added} hinzugefügt, {updated} aktualisiert, {removed} entfernt; {shared} von {directory} Mitarbeitenden freigegeben.</translation>
    </message>
    <message>
        <source>Target state:</source>
        <translation>Plattformzustand:</translation>
    </message>
    <message>
        <source>The Google sign-in has expired or was revoked ({code}); reauthorize the connection.</source>
        <translation>Die Google-Anmeldung ist abgelaufen oder wurde widerrufen ({code}); autorisieren Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The Google sign-in was revoked and removed from the keychain.</source>
        <translation>Die Google-Anmeldung wurde widerrufen und aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in has expired or was revoked ({code}); reauthorize the connection.</source>
        <translation>Die Microsoft-Anmeldung ist abgelaufen oder wurde widerrufen ({code}); autorisieren Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service answered something that is not a sign-in answer (perhaps a page of a proxy or firewall); try again in a few minutes. If it keeps happening, check the network's proxy settings.</source>
        <translation>Der Microsoft-Anmeldedienst hat etwas geantwortet, das keine Anmeldeantwort ist (vielleicht eine Seite eines Proxys oder einer Firewall); versuchen Sie es in ein paar Minuten erneut. Wenn es wieder vorkommt, prüfen Sie die Proxy-Einstellungen des Netzwerks.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is unavailable at the moment ({code}); try again in a few minutes.</source>
        <translation>Der Microsoft-Anmeldedienst ist zurzeit nicht verfügbar ({code}); versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in was removed from the keychain. Entra keeps the app's consent: remove it in the Entra admin center (Enterprise applications) if it is no longer wanted.</source>
        <translation>Die Microsoft-Anmeldung wurde aus dem Schlüsselbund entfernt. Entra behält die Zustimmung für die App: Entfernen Sie sie im Entra Admin Center (Unternehmensanwendungen), wenn sie nicht mehr gewünscht ist.</translation>
    </message>
    <message>
        <source>The SCIM base URL must not contain a user name, a query or a fragment: use just {url}.</source>
        <translation>Die SCIM-Basis-URL darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten: Verwenden Sie nur {url}.</translation>
    </message>
    <message>
        <source>The SCIM token contains spaces, line breaks or other characters a token cannot have; give only the token itself.</source>
        <translation>Das SCIM-Token enthält Leerzeichen, Zeilenumbrüche oder andere Zeichen, die ein Token nicht haben kann; geben Sie nur das Token selbst an.</translation>
    </message>
    <message>
        <source>The SCIM token is empty; paste the platform's bearer token.</source>
        <translation>Das SCIM-Token ist leer; fügen Sie das Bearer-Token der Plattform ein.</translation>
    </message>
    <message>
        <source>The SCIM token is {length} characters long (at most {limit}); check that only the token was given.</source>
        <translation>Das SCIM-Token ist {length} Zeichen lang (höchstens {limit}); prüfen Sie, ob nur das Token angegeben wurde.</translation>
    </message>
    <message>
        <source>The account that signed in does not belong to the tenant {tenant} ({code}). Sign in with an administrator account of that tenant, or connect the tenant the account belongs to.</source>
        <translation>Das angemeldete Konto gehört nicht zum Mandanten {tenant} ({code}). Melden Sie sich mit einem Administratorkonto dieses Mandanten an, oder verbinden Sie den Mandanten, zu dem das Konto gehört.</translation>
    </message>
    <message>
        <source>The answer that reached IdP Wizard does not belong to this sign-in (its state does not match: it may come from an older sign-in tab, or from another program). Nothing was stored; sign in again and finish in the tab IdP Wizard opens.</source>
        <translation>Die Antwort, die IdP Wizard erreicht hat, gehört nicht zu dieser Anmeldung (ihr state-Wert passt nicht: sie kann aus einem älteren Anmelde-Tab oder von einem anderen Programm stammen). Es wurde nichts gespeichert; melden Sie sich erneut an und schließen Sie die Anmeldung in dem Tab ab, den IdP Wizard öffnet.</translation>
    </message>
    <message>
        <source>The app has not been granted the permissions IdP Wizard needs in this tenant ({code}). Sign in as a Global Administrator and accept the permissions for the organization, or grant admin consent for the app in the Microsoft Entra admin center (Enterprise applications &gt; the app &gt; Permissions), then sign in again.</source>
        <translation>Der App wurden die Berechtigungen, die IdP Wizard in diesem Mandanten braucht, nicht erteilt ({code}). Melden Sie sich als Globaler Administrator an und akzeptieren Sie die Berechtigungen für die Organisation, oder erteilen Sie die Administratorzustimmung für die App im Microsoft Entra Admin Center (Unternehmensanwendungen &gt; die App &gt; Berechtigungen), und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The app's permissions in the tenant were withdrawn or changed ({code}); reauthorize the connection as a Global Administrator and accept the permissions.</source>
        <translation>Die Berechtigungen der App im Mandanten wurden entzogen oder geändert ({code}); autorisieren Sie die Verbindung als Globaler Administrator erneut und akzeptieren Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The application (client) ID {client_id} was not found in the directory {tenant} ({code}). Check the ID, or register the app in that tenant. {hint}</source>
        <translation>Die Anwendungs-ID (Client-ID) {client_id} wurde im Verzeichnis {tenant} nicht gefunden ({code}). Prüfen Sie die ID oder registrieren Sie die App in diesem Mandanten. {hint}</translation>
    </message>
    <message>
        <source>The client is already named {name}; nothing changed.</source>
        <translation>Der Kunde heißt bereits {name}; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The client name is empty; give the client a name.</source>
        <translation>Der Kundenname ist leer; geben Sie dem Kunden einen Namen.</translation>
    </message>
    <message>
        <source>The client name is {length} characters long; use at most {limit}.</source>
        <translation>Der Kundenname ist {length} Zeichen lang; verwenden Sie höchstens {limit}.</translation>
    </message>
    <message>
        <source>The client name {name} contains {what}; use letters, digits, spaces and punctuation.</source>
        <translation>Der Kundenname {name} enthält {what}; verwenden Sie Buchstaben, Ziffern, Leerzeichen und Satzzeichen.</translation>
    </message>
    <message>
        <source>The connection changed while this sync ran (it was disconnected, reauthorized or its filter changed); nothing was applied.</source>
        <translation>Die Verbindung hat sich während dieser Synchronisierung geändert (sie wurde getrennt, erneut autorisiert oder ihr Filter geändert); es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The current filter stays in force. {command} would remove:</source>
        <translation>Der aktuelle Filter gilt weiter. {command} würde entfernen:</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer IdP Wizard (schema {schema}, this one knows {known}). Update IdP Wizard.</source>
        <translation>Die Datenbank {path} wurde von einem neueren IdP Wizard geschrieben (Schema {schema}, dieser kennt {known}). Aktualisieren Sie IdP Wizard.</translation>
    </message>
    <message>
        <source>The demo tenant was connected with {size} employees; disconnect it first to use --demo-size {requested}.</source>
        <translation>Der Demomandant wurde mit {size} Mitarbeitenden verbunden; trennen Sie zuerst die Verbindung, um --demo-size {requested} zu verwenden.</translation>
    </message>
    <message>
        <source>The directory has not been read yet.</source>
        <translation>Das Verzeichnis wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>The directory read returned no employees, so this sync would remove {removed} of {synced} synced users. Nothing was applied; review the removals and confirm them, or fix the directory or the filter.</source>
        <translation>Das Verzeichnis lieferte keine Mitarbeitenden, daher würde diese Synchronisierung {removed} von {synced} synchronisierten Benutzern entfernen. Es wurde nichts übernommen; prüfen und bestätigen Sie die Entfernungen oder korrigieren Sie das Verzeichnis oder den Filter.</translation>
    </message>
    <message>
        <source>The file {path} belongs to another application (it is not an IdP Wizard database); it was left as it is. Move it away or choose another data folder (--data-dir).</source>
        <translation>Die Datei {path} gehört zu einer anderen Anwendung (sie ist keine IdP-Wizard-Datenbank) und wurde nicht verändert. Verschieben Sie die Datei oder wählen Sie einen anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>The host {host} is unknown: check the SCIM base URL and the network connection.</source>
        <translation>Der Host {host} ist unbekannt: Prüfen Sie die SCIM-Basis-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The interval must be between {low} and {high} minutes (got {interval}).</source>
        <translation>Das Intervall muss zwischen {low} und {high} Minuten liegen (angegeben: {interval}).</translation>
    </message>
    <message>
        <source>The keychain cannot be reached to read the sign-in ({service}): {why}.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar, um die Anmeldung zu lesen ({service}): {why}.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached to remove the sign-in ({service}): {why}.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar, um die Anmeldung zu entfernen ({service}): {why}.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached to save the sign-in ({service}): {why}.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar, um die Anmeldung zu speichern ({service}): {why}.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: this process has no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), as when cron starts it, and the Secret Service keychain lives in the user's session. Schedule syncs with {command} (a systemd user timer, or a cron line that points at /run/user/&lt;uid&gt;/bus); the sign-in itself is fine and nothing was changed.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar: Dieser Prozess hat keine D-Bus-Sitzung (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt), etwa weil cron ihn gestartet hat, und der Secret-Service-Schlüsselbund gehört zur Sitzung des Benutzers. Planen Sie Synchronisierungen mit {command} (ein systemd-Benutzertimer oder eine cron-Zeile, die auf /run/user/&lt;uid&gt;/bus verweist); die Anmeldung selbst ist in Ordnung, und es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The keychain cannot be used to keep the sign-in ({service}): {why}. The sign-in was not started.</source>
        <translation>Der Schlüsselbund kann nicht für die Anmeldung verwendet werden ({service}): {why}. Die Anmeldung wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The next sync provisions the shared employees there ({command}).</source>
        <translation>Die nächste Synchronisierung stellt die freigegebenen Mitarbeitenden dort bereit ({command}).</translation>
    </message>
    <message>
        <source>The permissions were not granted (access_denied). IdP Wizard needs read-only access to the directory; sign in again and press Allow.</source>
        <translation>Die Berechtigungen wurden nicht erteilt (access_denied). IdP Wizard benötigt Lesezugriff auf das Verzeichnis; melden Sie sich erneut an und klicken Sie auf „Zulassen“.</translation>
    </message>
    <message>
        <source>The permissions were not granted ({code}). IdP Wizard needs read-only access to users and group memberships; sign in again and press Accept, or ask a Global Administrator to grant admin consent for the app.</source>
        <translation>Die Berechtigungen wurden nicht erteilt ({code}). IdP Wizard benötigt Lesezugriff auf Benutzer und Gruppenmitgliedschaften; melden Sie sich erneut an und klicken Sie auf „Akzeptieren“, oder bitten Sie einen Globalen Administrator, die Administratorzustimmung für die App zu erteilen.</translation>
    </message>
    <message>
        <source>The platform accepted a new group but did not say where it is.</source>
        <translation>Die Plattform hat eine neue Gruppe angenommen, aber nicht mitgeteilt, wo sie zu finden ist.</translation>
    </message>
    <message>
        <source>The platform accepted a new user but did not say where it is, and the user cannot be found by its user name.</source>
        <translation>Die Plattform hat einen neuen Benutzer angenommen, aber nicht mitgeteilt, wo er zu finden ist, und der Benutzer lässt sich über seinen Benutzernamen nicht finden.</translation>
    </message>
    <message>
        <source>The platform answered a group read without the group.</source>
        <translation>Die Plattform hat eine Gruppenabfrage ohne die Gruppe beantwortet.</translation>
    </message>
    <message>
        <source>The platform did not confirm the user.</source>
        <translation>Die Plattform hat den Benutzer nicht bestätigt.</translation>
    </message>
    <message>
        <source>The platform has no Bulk: new users are created one request at a time.</source>
        <translation>Die Plattform kennt kein Bulk: Neue Benutzer werden einzeln angelegt, eine Anfrage pro Benutzer.</translation>
    </message>
    <message>
        <source>The platform has no Groups: groups are not pushed.</source>
        <translation>Die Plattform kennt keine Groups: Gruppen werden nicht übertragen.</translation>
    </message>
    <message>
        <source>The platform has no PATCH: changes are sent as a PUT of the whole user.</source>
        <translation>Die Plattform kennt kein PATCH: Änderungen werden als PUT des ganzen Benutzers gesendet.</translation>
    </message>
    <message>
        <source>The platform has {count} other users; they are not ours and were not touched.</source>
        <translation>Die Plattform hat {count} weitere Benutzer; sie gehören nicht zu dieser App und wurden nicht verändert.</translation>
    </message>
    <message>
        <source>The platform ignored the userName filter (it listed users for a name nobody has), so users cannot be matched safely.</source>
        <translation>Die Plattform hat den userName-Filter ignoriert (sie hat Benutzer für einen Namen aufgelistet, den niemand hat), daher können Benutzer nicht sicher zugeordnet werden.</translation>
    </message>
    <message>
        <source>The platform listed only {listed} of the {reported} users it reported (its paging is unreliable): the users it did not list were checked one by one, none was taken as gone.</source>
        <translation>Die Plattform hat nur {listed} der {reported} gemeldeten Benutzer aufgelistet (ihre seitenweise Ausgabe ist unzuverlässig): Die nicht aufgelisteten Benutzer wurden einzeln geprüft, keiner wurde als nicht mehr vorhanden gewertet.</translation>
    </message>
    <message>
        <source>The platform part stopped: {error} The directory changes were saved; {pending} platform changes wait and are sent by the next sync.</source>
        <translation>Der Plattformteil wurde abgebrochen: {error} Die Änderungen aus dem Verzeichnis wurden gespeichert; {pending} Plattformänderungen warten und werden mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The platform redirected {path} elsewhere ({status}): enter the final SCIM base URL ({hint}).</source>
        <translation>Die Plattform hat {path} an eine andere Adresse umgeleitet ({status}): Geben Sie die endgültige SCIM-Basis-URL ein ({hint}).</translation>
    </message>
    <message>
        <source>The platform refused access with this SCIM token (403): check that the token may provision users.</source>
        <translation>Die Plattform hat den Zugriff mit diesem SCIM-Token verweigert (403): Prüfen Sie, ob das Token Benutzer bereitstellen darf.</translation>
    </message>
    <message>
        <source>The platform refused some removals.</source>
        <translation>Die Plattform hat einige Entfernungen abgelehnt.</translation>
    </message>
    <message>
        <source>The platform refused to create this user ({code}).</source>
        <translation>Die Plattform hat das Anlegen dieses Benutzers abgelehnt ({code}).</translation>
    </message>
    <message>
        <source>The platform refused to create this user ({code}): {detail}.</source>
        <translation>Die Plattform hat das Anlegen dieses Benutzers abgelehnt ({code}): {detail}.</translation>
    </message>
    <message>
        <source>The platform refused {count} changes in a row with this SCIM token (403): check that the token may still provision users; the rest waits for the next sync.</source>
        <translation>Die Plattform hat {count} Änderungen nacheinander mit diesem SCIM-Token abgelehnt (403): Prüfen Sie, ob das Token noch Benutzer bereitstellen darf; der Rest wartet auf die nächste Synchronisierung.</translation>
    </message>
    <message>
        <source>The platform refused {request} ({code}).</source>
        <translation>Die Plattform hat {request} abgelehnt ({code}).</translation>
    </message>
    <message>
        <source>The platform refused {request} ({code}): {detail}.</source>
        <translation>Die Plattform hat {request} abgelehnt ({code}): {detail}.</translation>
    </message>
    <message>
        <source>The platform rejected the SCIM token (401): the target needs a new token.</source>
        <translation>Die Plattform hat das SCIM-Token abgelehnt (401): Das Ziel benötigt ein neues Token.</translation>
    </message>
    <message>
        <source>The platform rejected the SCIM token (401); set a new token.</source>
        <translation>Die Plattform hat das SCIM-Token abgelehnt (401); legen Sie ein neues Token fest.</translation>
    </message>
    <message>
        <source>The platform target was removed.</source>
        <translation>Die Zielplattform wurde entfernt.</translation>
    </message>
    <message>
        <source>The platform target was removed; {count} user the app provisioned stays there, no longer managed.</source>
        <translation>Die Zielplattform wurde entfernt; {count} von der App bereitgestellter Benutzer bleibt dort und wird nicht mehr verwaltet.</translation>
    </message>
    <message>
        <source>The platform target was removed; {count} users the app provisioned stay there, no longer managed.</source>
        <translation>Die Zielplattform wurde entfernt; {count} von der App bereitgestellte Benutzer bleiben dort und werden nicht mehr verwaltet.</translation>
    </message>
    <message>
        <source>The platform user {platform_id} is already linked to {owner}; resolve the duplicate on the platform.</source>
        <translation>Der Plattformbenutzer {platform_id} ist bereits mit {owner} verknüpft; beheben Sie das Duplikat auf der Plattform.</translation>
    </message>
    <message>
        <source>The platform's SCIM token is missing from the system keychain; set it again ({command}).</source>
        <translation>Das SCIM-Token der Plattform fehlt im Schlüsselbund des Systems; legen Sie es erneut fest ({command}).</translation>
    </message>
    <message>
        <source>The platform's answer was lost ({host}): the change may or may not have been applied.</source>
        <translation>Die Antwort der Plattform ging verloren ({host}): Die Änderung wurde möglicherweise übernommen, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <source>The real sync would be held: {reason}</source>
        <translation>Die echte Synchronisierung würde angehalten: {reason}</translation>
    </message>
    <message>
        <source>The saved Google sign-in in the keychain is damaged and cannot be read; reauthorize the connection to replace it.</source>
        <translation>Die gespeicherte Google-Anmeldung im Schlüsselbund ist beschädigt und kann nicht gelesen werden; autorisieren Sie die Verbindung erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The saved Google sign-in is missing from the keychain; reauthorize the connection.</source>
        <translation>Die gespeicherte Google-Anmeldung fehlt im Schlüsselbund; autorisieren Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The saved Microsoft sign-in in the keychain is damaged and cannot be read; reauthorize the connection to replace it.</source>
        <translation>Die gespeicherte Microsoft-Anmeldung im Schlüsselbund ist beschädigt und kann nicht gelesen werden; autorisieren Sie die Verbindung erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The saved Microsoft sign-in is missing or no longer usable; reauthorize the connection.</source>
        <translation>Die gespeicherte Microsoft-Anmeldung fehlt oder ist nicht mehr verwendbar; autorisieren Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The saved filter</source>
        <translation>Der gespeicherte Filter</translation>
    </message>
    <message>
        <source>The saved sign-in in the system keychain ({service}) is incomplete or damaged; reauthorize the connection.</source>
        <translation>Die gespeicherte Anmeldung im Systemschlüsselbund ({service}) ist unvollständig oder beschädigt; autorisieren Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The scheduled sync was skipped: the connection needs reauthorization ({why}). Reauthorize it in the app (or {command}); the synced users are kept.</source>
        <translation>Die geplante Synchronisierung wurde übersprungen: Die Verbindung muss erneut autorisiert werden ({why}). Autorisieren Sie sie in der App erneut (oder mit {command}); die synchronisierten Benutzer bleiben erhalten.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed (the certificate is not trusted or TLS failed): check the URL and the server's certificate.</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen (dem Zertifikat wird nicht vertraut oder TLS ist fehlgeschlagen): Prüfen Sie die URL und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used ({code}); start the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde ({code}); starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain: {error}</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: {error}</translation>
    </message>
    <message>
        <source>The sign-in did not finish within {time} (the browser never came back to IdP Wizard). Try again, or use a device code.</source>
        <translation>Die Anmeldung wurde nicht innerhalb von {time} abgeschlossen (der Browser ist nie zu IdP Wizard zurückgekehrt). Versuchen Sie es erneut oder verwenden Sie einen Gerätecode.</translation>
    </message>
    <message>
        <source>The sign-in did not finish within {time} (the browser never came back to IdP Wizard). Try again.</source>
        <translation>Die Anmeldung wurde nicht innerhalb von {time} abgeschlossen (der Browser ist nie zu IdP Wizard zurückgekehrt). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled; nothing was changed.</source>
        <translation>Die Anmeldung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The sync was interrupted (the program stopped); nothing of it was applied.</source>
        <translation>Die Synchronisierung wurde unterbrochen (das Programm wurde beendet); davon wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The sync was interrupted while sending changes to the platform; the directory changes were saved and what is left is sent by the next sync.</source>
        <translation>Die Synchronisierung wurde beim Senden der Änderungen an die Plattform unterbrochen; die Änderungen aus dem Verzeichnis wurden gespeichert, und der Rest wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The sync was stopped because the client is being disconnected or removed; nothing of it was applied.</source>
        <translation>Die Synchronisierung wurde gestoppt, weil der Kunde getrennt oder entfernt wird; davon wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The sync was stopped before every change reached the platform.</source>
        <translation>Die Synchronisierung wurde gestoppt, bevor alle Änderungen die Plattform erreicht haben.</translation>
    </message>
    <message>
        <source>The tenant {tenant} was not found ({code}). Check the tenant ID or domain and the cloud (global, usgov, china).</source>
        <translation>Der Mandant {tenant} wurde nicht gefunden ({code}). Prüfen Sie die Mandanten-ID oder Domäne und die Cloud (global, usgov, china).</translation>
    </message>
    <message>
        <source>The tenant {tenant} was not found at {authority} (AADSTS90002 invalid_tenant). Check the tenant ID or domain and the cloud (global, usgov, china).</source>
        <translation>Der Mandant {tenant} wurde unter {authority} nicht gefunden (AADSTS90002 invalid_tenant). Prüfen Sie die Mandanten-ID oder Domäne und die Cloud (global, usgov, china).</translation>
    </message>
    <message>
        <source>The token file {path} cannot be read ({reason}).</source>
        <translation>Die Tokendatei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The token file {path} does not exist.</source>
        <translation>Die Tokendatei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The token file {path} is empty.</source>
        <translation>Die Tokendatei {path} ist leer.</translation>
    </message>
    <message>
        <source>The token file {path} is not a text file.</source>
        <translation>Die Tokendatei {path} ist keine Textdatei.</translation>
    </message>
    <message>
        <source>There is already a client named {name} ({existing}: names that differ only in case, spacing or Unicode form are the same name); choose another name.</source>
        <translation>Es gibt bereits einen Kunden namens {name} ({existing}: Namen, die sich nur in Groß-/Kleinschreibung, Leerzeichen oder Unicode-Form unterscheiden, gelten als gleich); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is already a client named {name}; choose another name.</source>
        <translation>Es gibt bereits einen Kunden namens {name}; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no SCIM endpoint at {url} (404): {hint}.</source>
        <translation>Unter {url} gibt es keinen SCIM-Endpunkt (404): {hint}.</translation>
    </message>
    <message>
        <source>There is no client named {name}; the clients are {names}.</source>
        <translation>Es gibt keinen Kunden namens {name}; die Kunden sind {names}.</translation>
    </message>
    <message>
        <source>This client does not exist (any more); it may have been removed. Choose another client.</source>
        <translation>Dieser Kunde existiert nicht (mehr); er wurde möglicherweise entfernt. Wählen Sie einen anderen Kunden.</translation>
    </message>
    <message>
        <source>This client has been removed (perhaps from another window or the command line); nothing was saved. Choose another client.</source>
        <translation>Dieser Kunde wurde entfernt (vielleicht in einem anderen Fenster oder über die Befehlszeile); es wurde nichts gespeichert. Wählen Sie einen anderen Kunden.</translation>
    </message>
    <message>
        <source>This environment cannot reach a platform.</source>
        <translation>Diese Umgebung kann keine Plattform erreichen.</translation>
    </message>
    <message>
        <source>This profile has {count} clients ({names}); choose one with --client NAME ({command} lists them).</source>
        <translation>Dieses Profil hat {count} Kunden ({names}); wählen Sie einen mit --client NAME ({command} listet sie auf).</translation>
    </message>
    <message>
        <source>This sync would remove {removed} of {synced} synced users (more than the limit of {limit}). Nothing was applied; review the removals and confirm them, or fix the directory or the filter.</source>
        <translation>Diese Synchronisierung würde {removed} von {synced} synchronisierten Benutzern entfernen (mehr als die Grenze von {limit}). Es wurde nichts übernommen; prüfen und bestätigen Sie die Entfernungen oder korrigieren Sie das Verzeichnis oder den Filter.</translation>
    </message>
    <message>
        <source>This sync would remove {removed} of {synced} synced users, more than half of them. Nothing was applied; review the removals and confirm them, or fix the directory or the filter.</source>
        <translation>Diese Synchronisierung würde {removed} von {synced} synchronisierten Benutzern entfernen, mehr als die Hälfte. Es wurde nichts übernommen; prüfen und bestätigen Sie die Entfernungen oder korrigieren Sie das Verzeichnis oder den Filter.</translation>
    </message>
    <message>
        <source>To sign in, open {address} and enter the code {code}.</source>
        <translation>Öffnen Sie zur Anmeldung {address} und geben Sie den Code {code} ein.</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Unexpected internal error; nothing was applied.</source>
        <translation>Unerwarteter interner Fehler; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Unknown cloud {cloud}; use one of {clouds}.</source>
        <translation>Unbekannte Cloud {cloud}; verwenden Sie eine von: {clouds}.</translation>
    </message>
    <message>
        <source>Unreachable (the last push could not reach it)</source>
        <translation>Nicht erreichbar (die letzte Übertragung hat sie nicht erreicht)</translation>
    </message>
    <message>
        <source>User {id} has no e-mail address, which the platform needs as the user name.</source>
        <translation>Benutzer {id} hat keine E-Mail-Adresse; die Plattform benötigt sie als Benutzernamen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Users and Groups</source>
        <translation>Users und Groups</translation>
    </message>
    <message>
        <source>Warning: {error}</source>
        <translation>Warnung: {error}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Writing the crontab (crontab -)</source>
        <translation>Das Schreiben der crontab (crontab -)</translation>
    </message>
    <message>
        <source>The demo directory changed ({steps} round of joiners, leavers and moves so far). Pick it up with: {command}</source>
        <translation>Das Demoverzeichnis hat sich geändert (bisher {steps} Runde mit Eintritten, Austritten und Wechseln). Übernehmen Sie die Änderungen mit: {command}</translation>
    </message>
    <message>
        <source>+{added} employee will be added</source>
        <translation>+{added} Person wird hinzugefügt</translation>
    </message>
    <message>
        <source>+{added} employees will be added</source>
        <translation>+{added} Mitarbeitende werden hinzugefügt</translation>
    </message>
    <message>
        <source>Another IdP Wizard is changing {what} right now (it holds {path}); nothing was changed. Try again when it has finished.</source>
        <translation>Eine andere Instanz von IdP Wizard ändert gerade {what} (sie sperrt {path}); es wurde nichts geändert. Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>The demo directory changed ({steps} rounds of joiners, leavers and moves so far). Pick them up with: {command}</source>
        <translation>Das Demoverzeichnis hat sich geändert (bisher {steps} Runden mit Eintritten, Austritten und Wechseln). Übernehmen Sie die Änderungen mit: {command}</translation>
    </message>
    <message>
        <source>The {service} sign-in service sent an answer larger than {size} MB, more than any sign-in answer; IdP Wizard stopped reading it. Try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>Der Anmeldedienst von {service} hat eine Antwort von mehr als {size} MB gesendet, größer als jede Anmeldeantwort; IdP Wizard hat das Lesen beendet. Versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten verändern).</translation>
    </message>
    <message>
        <source>The {service} sign-in service took more than {seconds} seconds to answer; IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
        <translation>Der Anmeldedienst von {service} hat für die Antwort mehr als {seconds} Sekunden gebraucht; IdP Wizard hat das Warten beendet. Versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The platform answered with an id for this group that is not text (SCIM ids are text): nothing was recorded for the group.</source>
        <translation>Die Plattform hat für diese Gruppe mit einer ID geantwortet, die kein Text ist (SCIM-IDs sind Text): Für die Gruppe wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>--client-secret-file is for Google Workspace; Microsoft Entra ID uses --client-id (and --tenant) instead</source>
        <translation>--client-secret-file gilt für Google Workspace; Microsoft Entra ID verwendet stattdessen --client-id (und --tenant)</translation>
    </message>
    <message>
        <source>The proxy named by {where} starts with &quot;{scheme}://&quot;, which IdP Wizard cannot use (it uses http://, https://, socks5:// and socks5h:// proxies): correct or remove it, then try again.</source>
        <translation>Der Proxy in {where} beginnt mit „{scheme}://“, solche Proxys kann IdP Wizard nicht verwenden (nur http://, https://, socks5:// und socks5h://): Korrigieren oder entfernen Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sync was stopped because the client is being disconnected or removed; the platform changes it had not sent yet are dropped with the client's synced users.</source>
        <translation>Die Synchronisierung wurde gestoppt, weil der Kunde getrennt oder entfernt wird; die noch nicht gesendeten Plattformänderungen entfallen zusammen mit den synchronisierten Benutzern des Kunden.</translation>
    </message>
    <message>
        <source>The {service} sign-in service took more than {seconds} second to answer; IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
        <translation>Der Anmeldedienst von {service} hat für die Antwort mehr als {seconds} Sekunde gebraucht; IdP Wizard hat das Warten beendet. Versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>This sync applied the filter change that waited for confirmation: {summary}.</source>
        <translation>Diese Synchronisierung hat die Filteränderung übernommen, die auf Bestätigung wartete: {summary}.</translation>
    </message>
    <message>
        <source>This sync would apply the filter change that waits for confirmation: {summary}.</source>
        <translation>Diese Synchronisierung würde die Filteränderung übernehmen, die auf Bestätigung wartet: {summary}.</translation>
    </message>
    <message>
        <source>This client is being disconnected or removed (from the app or the command line); try again when that has finished.</source>
        <translation>Dieser Kunde wird gerade getrennt oder entfernt (aus der App oder über die Befehlszeile); versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>--demo-size does not apply to '{command}': it sets the demo tenant's size when it connects (connect); leave it out</source>
        <translation>--demo-size gilt nicht für '{command}': es legt die Größe des Demomandanten beim Verbinden fest (connect); lassen Sie es weg</translation>
    </message>
    <message>
        <source>A filter change waits for confirmation ({command} says what it would remove).</source>
        <translation>Eine Filteränderung wartet auf Bestätigung ({command} sagt, was sie entfernen würde).</translation>
    </message>
    <message>
        <source>A sync is already running for this client (from the app, the command line or the scheduler); try again when it has finished.</source>
        <translation>Für diesen Kunden läuft bereits eine Synchronisierung (aus der App, der Befehlszeile oder dem Zeitplan); versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: a sync or another IdP Wizard command (from the app, the command line or the scheduler) is storing its results; try again when it has finished.</source>
        <translation>Die Datenbank {path} kann nicht verwendet werden: Eine Synchronisierung oder ein anderer IdP-Wizard-Befehl (aus der App, der Befehlszeile oder dem Zeitplaner) speichert gerade seine Ergebnisse; versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist; create it first or choose another folder</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht; legen Sie ihn zuerst an oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>Disconnected {provider}. {count} synced user was removed.</source>
        <translation>Verbindung zu {provider} getrennt. {count} synchronisierter Benutzer wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed the client {name}: {provider} was disconnected and {removed}; its history ({runs}), settings and audit log were deleted.</source>
        <translation>Der Kunde {name} wurde entfernt: Die Verbindung zu {provider} wurde getrennt und {removed}; sein Verlauf ({runs}), seine Einstellungen und seine Admin-Aktionen wurden gelöscht.</translation>
    </message>
    <message>
        <source>Removed the client {name}; its history ({runs}), settings and audit log were deleted.</source>
        <translation>Der Kunde {name} wurde entfernt; sein Verlauf ({runs}), seine Einstellungen und seine Admin-Aktionen wurden gelöscht.</translation>
    </message>
    <message>
        <source>Scheduled sync:</source>
        <translation>Geplante Synchronisierung:</translation>
    </message>
    <message>
        <source>The demo tenant was connected with {size} employee; disconnect it first to use --demo-size {requested}.</source>
        <translation>Der Demomandant wurde mit {size} Person verbunden; trennen Sie zuerst die Verbindung, um --demo-size {requested} zu verwenden.</translation>
    </message>
    <message>
        <source>Wrote {count} user to {path}.</source>
        <translation>{count} Benutzer in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {count} users to {path}.</source>
        <translation>{count} Benutzer in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {path} (1 client: logs, run history and settings; e-mail addresses, names and tokens removed).</source>
        <translation>{path} geschrieben (1 Kunde: Protokolle, Synchronisierungsverlauf und Einstellungen; E-Mail-Adressen, Namen und Token entfernt).</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} clients: logs, run history and settings; e-mail addresses, names and tokens removed).</source>
        <translation>{path} geschrieben ({count} Kunden: Protokolle, Synchronisierungsverlauf und Einstellungen; E-Mail-Adressen, Namen und Token entfernt).</translation>
    </message>
    <message>
        <source>a ',' is missing</source>
        <translation>ein Komma fehlt</translation>
    </message>
    <message>
        <source>a ':' is missing</source>
        <translation>ein Doppelpunkt fehlt</translation>
    </message>
    <message>
        <source>a SCIM base URL usually ends with /scim/v2 or /v2</source>
        <translation>eine SCIM-Basis-URL endet meist auf /scim/v2 oder /v2</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>eine \u-Escape-Sequenz braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a backslash starts no valid escape; write \\ for a backslash</source>
        <translation>ein Backslash leitet keine gültige Escape-Sequenz ein; schreiben Sie \\ für einen Backslash</translation>
    </message>
    <message>
        <source>a comma before {bracket} (remove it)</source>
        <translation>ein Komma vor {bracket} (entfernen Sie es)</translation>
    </message>
    <message>
        <source>a file holding the platform's SCIM bearer token</source>
        <translation>eine Datei mit dem SCIM-Bearer-Token der Plattform</translation>
    </message>
    <message>
        <source>a key in double quotes is expected</source>
        <translation>hier wird ein Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a lone surrogate {code} (not valid Unicode text)</source>
        <translation>ein einzelnes Surrogat {code} (kein gültiger Unicode-Text)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>a read or write error of the disk</source>
        <translation>ein Lese- oder Schreibfehler des Datenträgers</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a text value has no closing quote</source>
        <translation>ein Textwert hat kein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>a text value holds a line break or tab; write it as \n or \t</source>
        <translation>ein Textwert enthält einen Zeilenumbruch oder Tabulator; schreiben Sie ihn als \n oder \t</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <source>accept values that match nobody in the directory today</source>
        <translation>Werte akzeptieren, die derzeit auf niemanden im Verzeichnis zutreffen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>add a client (with --demo: another demo tenant)</source>
        <translation>einen Kunden hinzufügen (mit --demo: einen weiteren Demomandanten)</translation>
    </message>
    <message>
        <source>after {attempts} attempts</source>
        <translation>nach {attempts} Versuchen</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s bedeuten</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>an https address</source>
        <translation>eine https-Adresse</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an unreadable address</source>
        <translation>eine unlesbare Adresse</translation>
    </message>
    <message>
        <source>another program is using it; close it and try again</source>
        <translation>ein anderes Programm verwendet sie; schließen Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>apply removals even above the deletion limit</source>
        <translation>Entfernungen auch über der Grenze für Entfernungen übernehmen</translation>
    </message>
    <message>
        <source>apply the removals even above the deletion limit</source>
        <translation>die Entfernungen auch über der Grenze für Entfernungen übernehmen</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>at most {limit} characters (got {length})</source>
        <translation>höchstens {limit} Zeichen (erhalten: {length})</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>„%(filename)s“ kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message>
        <source>cannot read {path} ({reason})</source>
        <translation>{path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>cannot write to standard output ({reason}).</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>cannot write to the data folder {path} ({reason}).</source>
        <translation>in den Datenordner {path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>cannot write {path} in the data folder ({reason}); move it away or choose another data folder (--data-dir).</source>
        <translation>{path} im Datenordner kann nicht geschrieben werden ({reason}); verschieben Sie es oder wählen Sie einen anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>check the signed-in account's role and the granted permissions</source>
        <translation>prüfen Sie die Rolle des angemeldeten Kontos und die erteilten Berechtigungen</translation>
    </message>
    <message>
        <source>check this installation (Qt, resources, translations, a demo sync) offscreen in a temporary folder, then exit</source>
        <translation>diese Installation (Qt, Ressourcen, Übersetzungen, eine Demo-Synchronisierung) ohne Bildschirm in einem temporären Ordner prüfen, dann beenden</translation>
    </message>
    <message>
        <source>client {name} removed; {note}</source>
        <translation>Kunde {name} entfernt; {note}</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>compare the platform's users with the shared ones and repair drift (users deleted or changed there by hand)</source>
        <translation>die Benutzer der Plattform mit den freigegebenen vergleichen und Abweichungen reparieren (dort von Hand gelöschte oder geänderte Benutzer)</translation>
    </message>
    <message>
        <source>confirm: all synced users lose access and are removed</source>
        <translation>bestätigen: alle synchronisierten Benutzer verlieren den Zugang und werden entfernt</translation>
    </message>
    <message>
        <source>confirm: the client is disconnected and everything it had is deleted</source>
        <translation>bestätigen: der Kunde wird getrennt und alles, was er hatte, wird gelöscht</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>connect without the initial sync</source>
        <translation>ohne die erste Synchronisierung verbinden</translation>
    </message>
    <message>
        <source>connection state and counts</source>
        <translation>Verbindungszustand und Anzahlen</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>cron runs it every {minutes} minutes (the nearest interval cron repeats evenly)</source>
        <translation>cron führt sie alle {minutes} Minuten aus (das nächstgelegene Intervall, das cron gleichmäßig wiederholt)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>data folder (default: per-user app data; or IDP_WIZARD_DATA_DIR)</source>
        <translation>Datenordner (Standard: App-Daten des Benutzers; oder IDP_WIZARD_DATA_DIR)</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>deactivated on the platform; {concurrency} requests at once</source>
        <translation>auf der Plattform deaktiviert; {concurrency} gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>deleted on the platform; {concurrency} requests at once</source>
        <translation>auf der Plattform gelöscht; {concurrency} gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>demo tenant tools (with --demo)</source>
        <translation>Werkzeuge für den Demomandanten (mit --demo)</translation>
    </message>
    <message>
        <source>demo tenant, {count} user in the directory</source>
        <translation>Demomandant, {count} Benutzer im Verzeichnis</translation>
    </message>
    <message>
        <source>demo tenant, {count} users in the directory</source>
        <translation>Demomandant, {count} Benutzer im Verzeichnis</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>disconnect a client, remove its synced users and delete its history, settings and keychain entries</source>
        <translation>einen Kunden trennen, seine synchronisierten Benutzer entfernen und seinen Verlauf, seine Einstellungen und Schlüsselbundeinträge löschen</translation>
    </message>
    <message>
        <source>disconnect and permanently remove every synced user</source>
        <translation>trennen und jeden synchronisierten Benutzer dauerhaft entfernen</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>display_name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>do not sync afterwards</source>
        <translation>danach nicht synchronisieren</translation>
    </message>
    <message>
        <source>domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>e-mail address is {length} characters long (limit {limit})</source>
        <translation>die E-Mail-Adresse ist {length} Zeichen lang (Grenze {limit})</translation>
    </message>
    <message>
        <source>e-mail address {address} is also used by another employee</source>
        <translation>die E-Mail-Adresse {address} wird auch von einer anderen Person verwendet</translation>
    </message>
    <message>
        <source>e-mail address {address} is also used by {others} other employees</source>
        <translation>die E-Mail-Adresse {address} wird auch von {others} anderen Personen verwendet</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>employees in the demo tenant (default 250)</source>
        <translation>Mitarbeitende im Demomandanten (Standard 250)</translation>
    </message>
    <message>
        <source>enable the Admin SDK API in the Google Cloud project</source>
        <translation>aktivieren Sie die Admin SDK API im Google-Cloud-Projekt</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>even though users the app provisioned are still there (they are left there, no longer managed)</source>
        <translation>auch wenn von der App bereitgestellte Benutzer noch dort sind (sie bleiben dort, nicht mehr verwaltet)</translation>
    </message>
    <message>
        <source>every client with its provider, state and users</source>
        <translation>jeder Kunde mit Anbieter, Zustand und Benutzern</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s Argument erwartet</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s Argumente erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>filter change waiting for confirmation</source>
        <translation>Filteränderung, die auf Bestätigung wartet</translation>
    </message>
    <message>
        <source>forget the target and its token</source>
        <translation>das Ziel und sein Token vergessen</translation>
    </message>
    <message>
        <source>forget the users here only: they stay on the platform, no longer managed (recorded in the audit log)</source>
        <translation>die Benutzer nur hier vergessen; sie bleiben auf der Plattform, werden aber nicht mehr verwaltet (in den Admin-Aktionen vermerkt)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>given twice ({first} and {second}); give it once</source>
        <translation>zweimal angegeben ({first} und {second}); geben Sie es nur einmal an</translation>
    </message>
    <message>
        <source>given_name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>grant admin consent for the permissions ({permissions})</source>
        <translation>erteilen Sie die Administratorzustimmung für die Berechtigungen ({permissions})</translation>
    </message>
    <message>
        <source>grant admin consent for the permissions ({permissions}) or sign in as a Global Administrator</source>
        <translation>erteilen Sie die Administratorzustimmung für die Berechtigungen ({permissions}) oder melden Sie sich als Globaler Administrator an</translation>
    </message>
    <message>
        <source>group membership reads asked for at the next reauthorization</source>
        <translation>Lesen der Gruppenmitgliedschaften bei der nächsten erneuten Autorisierung angefordert</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>halted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>has no e-mail address</source>
        <translation>hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>has no mailbox (mail is empty) and its sign-in name {upn} is no e-mail address; give it a mailbox or leave it out of the filter</source>
        <translation>hat kein Postfach (mail ist leer) und der Anmeldename {upn} ist keine E-Mail-Adresse; geben Sie dem Konto ein Postfach oder nehmen Sie es aus dem Filter</translation>
    </message>
    <message>
        <source>has no mailbox (mail is empty), and its sign-in name {upn} is not in a verified e-mail domain of the tenant; give it a mailbox or an address in a verified domain, or leave it out of the filter</source>
        <translation>hat kein Postfach (mail ist leer), und der Anmeldename {upn} liegt in keiner verifizierten E-Mail-Domäne des Mandanten; geben Sie dem Konto ein Postfach oder eine Adresse in einer verifizierten Domäne, oder nehmen Sie es aus dem Filter</translation>
    </message>
    <message>
        <source>has no mailbox (mail is empty), and the tenant's verified domains could not be read to check that mail to {upn} arrives; reauthorize the connection so IdP Wizard may read them ({permission})</source>
        <translation>hat kein Postfach (mail ist leer), und die verifizierten Domänen des Mandanten konnten nicht gelesen werden, um zu prüfen, ob E-Mails an {upn} ankommen; autorisieren Sie die Verbindung erneut, damit IdP Wizard sie lesen darf ({permission})</translation>
    </message>
    <message>
        <source>has no mailbox (mail is empty); its sign-in name {upn} is used as its address ({domain} is a verified e-mail domain of the tenant)</source>
        <translation>hat kein Postfach (mail ist leer); der Anmeldename {upn} wird als Adresse verwendet ({domain} ist eine verifizierte E-Mail-Domäne des Mandanten)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>how removals and requests are sent</source>
        <translation>wie Entfernungen und Anfragen gesendet werden</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>idp-wizard: cannot open the desktop app: {problem}. {advice}.</source>
        <translation>idp-wizard: Die Desktop-App kann nicht geöffnet werden: {problem}. {advice}.</translation>
    </message>
    <message>
        <source>idp-wizard: error: {message}</source>
        <translation>idp-wizard: Fehler: {message}</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>in the country {values}</source>
        <translation>im Land {values}</translation>
    </message>
    <message>
        <source>in the group {values}</source>
        <translation>in der Gruppe {values}</translation>
    </message>
    <message>
        <source>in the org unit {values}</source>
        <translation>in der Organisationseinheit {values}</translation>
    </message>
    <message>
        <source>in {values}</source>
        <translation>in {values}</translation>
    </message>
    <message>
        <source>include.emails changes nothing here: it adds people to those the other include criteria share, and with none of them every employee is shared already</source>
        <translation>include.emails ändert hier nichts: Es fügt Personen zu denen hinzu, die die übrigen include-Kriterien freigeben, und ohne solche Kriterien sind bereits alle Mitarbeitenden freigegeben</translation>
    </message>
    <message>
        <source>include.emails {value} has no license or is a room, which only_licensed leaves out; it is not shared</source>
        <translation>include.emails {value} hat keine Lizenz oder ist ein Raum, was only_licensed ausschließt; das Konto wird nicht freigegeben</translation>
    </message>
    <message>
        <source>include.emails {value} is a disabled account, which this filter leaves out; it is not shared (include_disabled: true shares disabled accounts)</source>
        <translation>include.emails {value} ist ein deaktiviertes Konto, das dieser Filter ausschließt; es wird nicht freigegeben (include_disabled: true gibt deaktivierte Konten frei)</translation>
    </message>
    <message>
        <source>include.emails {value} is a guest account, which this filter leaves out; it is not shared (include_guests: true shares guests)</source>
        <translation>include.emails {value} ist ein Gastkonto, das dieser Filter ausschließt; es wird nicht freigegeben (include_guests: true gibt Gäste frei)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>installed (not active), every {minutes} minutes ({scheduler}: {location})</source>
        <translation>eingerichtet (nicht aktiv), alle {minutes} Minuten ({scheduler}: {location})</translation>
    </message>
    <message>
        <source>installed (not active), interval unknown ({scheduler}: {location})</source>
        <translation>eingerichtet (nicht aktiv), Intervall unbekannt ({scheduler}: {location})</translation>
    </message>
    <message>
        <source>installed but not loaded (log in again)</source>
        <translation>eingerichtet, aber nicht geladen (melden Sie sich erneut an)</translation>
    </message>
    <message>
        <source>installed, every {minutes} minutes ({scheduler}: {location})</source>
        <translation>eingerichtet, alle {minutes} Minuten ({scheduler}: {location})</translation>
    </message>
    <message>
        <source>installed, interval unknown ({scheduler}: {location})</source>
        <translation>eingerichtet, Intervall unbekannt ({scheduler}: {location})</translation>
    </message>
    <message>
        <source>internal error ({kind}); details are in {path}</source>
        <translation>interner Fehler ({kind}); Details stehen in {path}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>interrupted; nothing more was applied.</source>
        <translation>unterbrochen; es wurde nichts weiter übernommen.</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>is a guest without an e-mail address (mail is empty)</source>
        <translation>ist ein Gast ohne E-Mail-Adresse (mail ist leer)</translation>
    </message>
    <message>
        <source>it cannot be opened; check the folder exists and is writable</source>
        <translation>sie kann nicht geöffnet werden; prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>it is damaged (a table is missing)</source>
        <translation>sie ist beschädigt (eine Tabelle fehlt)</translation>
    </message>
    <message>
        <source>it is damaged or not an IdP Wizard database</source>
        <translation>sie ist beschädigt oder keine IdP-Wizard-Datenbank</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>wird gerade verwendet</translation>
    </message>
    <message>
        <source>it is locked; unlock it (sign in to the desktop session) and try again</source>
        <translation>er ist gesperrt; entsperren Sie ihn (melden Sie sich an der Desktop-Sitzung an) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>it is read-only; check the file's permissions</source>
        <translation>sie ist schreibgeschützt; prüfen Sie die Berechtigungen der Datei</translation>
    </message>
    <message>
        <source>it usually ends with /scim/v2 or /v2</source>
        <translation>sie endet meist auf /scim/v2 oder /v2</translation>
    </message>
    <message>
        <source>its command is not the one this installation writes, so it runs {command}; {install} writes it again</source>
        <translation>ihr Befehl ist nicht der, den diese Installation schreibt, sie führt also {command} aus; {install} schreibt ihn neu</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only; check the folder's permissions</source>
        <translation>ihr Ordner {folder} ist schreibgeschützt; prüfen Sie die Berechtigungen des Ordners</translation>
    </message>
    <message>
        <source>its schedule has no single interval IdP Wizard can tell ({schedule})</source>
        <translation>ihr Zeitplan hat kein einzelnes Intervall, das IdP Wizard erkennen kann ({schedule})</translation>
    </message>
    <message>
        <source>its unit files changed since systemd read them, so it still runs the old definition (systemctl --user daemon-reload reads them again)</source>
        <translation>ihre Unit-Dateien wurden geändert, seit systemd sie gelesen hat, es gilt also noch die alte Fassung (systemctl --user daemon-reload liest sie neu)</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>job titles</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>job_title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>language {value} is not a language code; using {code}</source>
        <translation>die Sprache {value} ist kein Sprachcode; verwendet wird {code}</translation>
    </message>
    <message>
        <source>language_raw</source>
        <translation>Sprache laut Verzeichnis</translation>
    </message>
    <message>
        <source>let joiners, leavers and moves happen in the demo directory now</source>
        <translation>jetzt Eintritte, Austritte und Wechsel im Demoverzeichnis geschehen lassen</translation>
    </message>
    <message>
        <source>list the synced users</source>
        <translation>die synchronisierten Benutzer auflisten</translation>
    </message>
    <message>
        <source>local port for the browser's answer (default: any free port)</source>
        <translation>lokaler Port für die Antwort des Browsers (Standard: ein beliebiger freier Port)</translation>
    </message>
    <message>
        <source>located in {values}</source>
        <translation>am Standort {values}</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>manager_id</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>minutes between syncs ({low}-{high}; default: the shortest interval of the clients, {default} unless changed)</source>
        <translation>Minuten zwischen Synchronisierungen ({low}–{high}; Standard: das kürzeste Intervall der Kunden, {default}, sofern nicht geändert)</translation>
    </message>
    <message>
        <source>missing key {key} in {where}</source>
        <translation>fehlender Schlüssel {key} in {where}</translation>
    </message>
    <message>
        <source>more text follows the end of the JSON object</source>
        <translation>nach dem Ende des JSON-Objekts folgt weiterer Text</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least {low} (got {value})</source>
        <translation>muss mindestens {low} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (got {value})</source>
        <translation>muss zwischen {low} und {high} liegen (erhalten: {value})</translation>
    </message>
    <message>
        <source>must name a client (it is empty)</source>
        <translation>muss einen Kunden nennen (der Wert ist leer)</translation>
    </message>
    <message>
        <source>must name a file (it is empty)</source>
        <translation>muss eine Datei nennen (der Wert ist leer)</translation>
    </message>
    <message>
        <source>must name a folder (it is empty)</source>
        <translation>muss einen Ordner nennen (der Wert ist leer)</translation>
    </message>
    <message>
        <source>must not be empty; give a value or leave the option out</source>
        <translation>darf nicht leer sein; geben Sie einen Wert an oder lassen Sie die Option weg</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>no answer from the platform, retrying in {seconds} s</source>
        <translation>keine Antwort von der Plattform, neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <source>no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>es ist kein Bildschirm verfügbar (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt)</translation>
    </message>
    <message>
        <source>no optional features</source>
        <translation>keine optionalen Funktionen</translation>
    </message>
    <message>
        <source>no session bus listens at {socket} now, so a run started while you are logged out cannot read the sign-in from the keychain (a systemd user timer is better)</source>
        <translation>unter {socket} lauscht gerade kein Sitzungsbus, daher kann ein Lauf, der startet, während Sie abgemeldet sind, die Anmeldung nicht aus dem Schlüsselbund lesen (ein systemd-Benutzertimer ist besser)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none set ({command} ...)</source>
        <translation>keine festgelegt ({command} ...)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>not available. {note}</source>
        <translation>nicht verfügbar. {note}</translation>
    </message>
    <message>
        <source>not installed ({scheduler}). Install it with: {command}</source>
        <translation>nicht eingerichtet ({scheduler}). Richten Sie sie ein mit: {command}</translation>
    </message>
    <message>
        <source>not installed for this data folder ({scheduler}).</source>
        <translation>für diesen Datenordner nicht eingerichtet ({scheduler}).</translation>
    </message>
    <message>
        <source>not provisioned</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>not valid here: its lists or objects are nested far too deeply</source>
        <translation>hier nicht gültig: Die Listen oder Objekte sind viel zu tief verschachtelt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>only users whose name, e-mail or department contains TEXT</source>
        <translation>nur Benutzer, deren Name, E-Mail-Adresse oder Abteilung TEXT enthält</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>org unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>org units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message>
        <source>org_unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>pending {counts}</source>
        <translation>ausstehend {counts}</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>platform {status}: +{created} ~{updated} -{deleted}, {failed} failed, {pending} pending</source>
        <translation>Plattform {status}: +{created} ~{updated} -{deleted}, {failed} fehlgeschlagen, {pending} ausstehend</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>print JSON (the same in every language)</source>
        <translation>JSON ausgeben (in jeder Sprache gleich)</translation>
    </message>
    <message>
        <source>print what would change, save nothing</source>
        <translation>ausgeben, was sich ändern würde, nichts speichern</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>read the token from standard input</source>
        <translation>das Token von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>read the whole directory even where an incremental read would do</source>
        <translation>das ganze Verzeichnis lesen, auch wo ein inkrementelles Lesen genügen würde</translation>
    </message>
    <message>
        <source>reauthorize the connection</source>
        <translation>autorisieren Sie die Verbindung erneut</translation>
    </message>
    <message>
        <source>register (or update) the scheduled sync</source>
        <translation>die geplante Synchronisierung einrichten (oder aktualisieren)</translation>
    </message>
    <message>
        <source>removed employees are deactivated; {concurrency} requests at once</source>
        <translation>entfernte Mitarbeitende werden deaktiviert; {concurrency} gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>removed employees are deleted on the platform (default) or deactivated (active=false)</source>
        <translation>entfernte Mitarbeitende werden auf der Plattform gelöscht (Standard) oder deaktiviert (active=false)</translation>
    </message>
    <message>
        <source>removed employees are deleted; {concurrency} requests at once</source>
        <translation>entfernte Mitarbeitende werden gelöscht; {concurrency} gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>rename a client</source>
        <translation>einen Kunden umbenennen</translation>
    </message>
    <message>
        <source>replace FILE.zip if it exists</source>
        <translation>FILE.zip ersetzen, falls sie existiert</translation>
    </message>
    <message>
        <source>replace the filter with FILE.json and sync</source>
        <translation>den Filter durch FILE.json ersetzen und synchronisieren</translation>
    </message>
    <message>
        <source>replace the scheduled sync of another data folder where the OS's scheduler holds one per user (systemd, launchd, Windows)</source>
        <translation>die geplante Synchronisierung eines anderen Datenordners ersetzen, wo der Zeitplaner des Betriebssystems nur eine pro Benutzer verwaltet (systemd, launchd, Windows)</translation>
    </message>
    <message>
        <source>requests at once (1-{most}, default 4)</source>
        <translation>Anfragen gleichzeitig (1–{most}, Standard 4)</translation>
    </message>
    <message>
        <source>rounds of changes (each: a joiner, a leaver, a move)</source>
        <translation>Änderungsrunden (je ein Eintritt, ein Austritt, ein Wechsel)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>show the plan, change nothing</source>
        <translation>den Plan zeigen, nichts ändern</translation>
    </message>
    <message>
        <source>show the program's version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>sign in again and allow every requested permission</source>
        <translation>melden Sie sich erneut an und erlauben Sie jede angeforderte Berechtigung</translation>
    </message>
    <message>
        <source>sign in again to the connected provider (same tenant or workspace); synced users and the filter are kept</source>
        <translation>erneut beim verbundenen Anbieter anmelden (derselbe Mandant bzw. Workspace); synchronisierte Benutzer und der Filter bleiben erhalten</translation>
    </message>
    <message>
        <source>sign in as a super administrator and allow every requested permission</source>
        <translation>melden Sie sich als Super-Administrator an und erlauben Sie jede angeforderte Berechtigung</translation>
    </message>
    <message>
        <source>sign in to a provider and start syncing</source>
        <translation>bei einem Anbieter anmelden und die Synchronisierung beginnen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>skipped {count}</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message>
        <source>some failed</source>
        <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>something that is not SCIM</source>
        <translation>etwas, das kein SCIM ist</translation>
    </message>
    <message>
        <source>standard output is closed; nothing was done (send the output somewhere, e.g. &gt; FILE).</source>
        <translation>die Standardausgabe ist geschlossen; es wurde nichts getan (leiten Sie die Ausgabe um, z. B. &gt; DATEI).</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>support information without personal data</source>
        <translation>Supportinformationen ohne personenbezogene Daten</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>sync automatically with the OS's scheduler, also while the app is closed</source>
        <translation>automatisch mit dem Zeitplaner des Betriebssystems synchronisieren, auch wenn die App geschlossen ist</translation>
    </message>
    <message>
        <source>sync every connected client in turn (one's failure or hold does not stop the others; exit code: 1 if any failed, else 3 if any held)</source>
        <translation>jeden verbundenen Kunden nacheinander synchronisieren (Fehler oder Anhalten eines Kunden hält die anderen nicht auf; Exit-Code: 1, wenn einer fehlgeschlagen ist, sonst 3, wenn einer angehalten wurde)</translation>
    </message>
    <message>
        <source>sync lock</source>
        <translation>Synchronisierungssperre</translation>
    </message>
    <message>
        <source>sync runs and admin actions</source>
        <translation>Synchronisierungsläufe und Admin-Aktionen</translation>
    </message>
    <message>
        <source>sync the directory now</source>
        <translation>das Verzeichnis jetzt synchronisieren</translation>
    </message>
    <message>
        <source>table (default) for reading; json or csv for tools (the same in every language)</source>
        <translation>table (Standard) zum Lesen; json oder csv für Werkzeuge (in jeder Sprache gleich)</translation>
    </message>
    <message>
        <source>test a SCIM base URL and token, then use them</source>
        <translation>eine SCIM-Basis-URL und ein Token testen, dann verwenden</translation>
    </message>
    <message>
        <source>test the connection (the saved target, or the given URL and token)</source>
        <translation>die Verbindung testen (das gespeicherte Ziel oder die angegebene URL und das Token)</translation>
    </message>
    <message>
        <source>test this SCIM base URL (with its token) instead of the saved target; nothing is saved</source>
        <translation>diese SCIM-Basis-URL (mit ihrem Token) statt der gespeicherten Zielplattform testen; es wird nichts gespeichert</translation>
    </message>
    <message>
        <source>the LaunchAgent</source>
        <translation>den LaunchAgent</translation>
    </message>
    <message>
        <source>the bidirectional control character {code}</source>
        <translation>das Steuerzeichen für die Schreibrichtung {code}</translation>
    </message>
    <message>
        <source>the built-in client</source>
        <translation>der integrierte Client</translation>
    </message>
    <message>
        <source>the client (customer organisation) to work on; may be left out when the profile has only one</source>
        <translation>der Kunde (die Kundenorganisation), mit dem gearbeitet wird; kann entfallen, wenn das Profil nur einen hat</translation>
    </message>
    <message>
        <source>the client configuration</source>
        <translation>die Client-Konfiguration</translation>
    </message>
    <message>
        <source>the clients (customer organisations) of this profile</source>
        <translation>die Kunden (Kundenorganisationen) dieses Profils</translation>
    </message>
    <message>
        <source>the connection needs reauthorization; scheduled syncs are skipped until then.</source>
        <translation>Die Verbindung muss erneut autorisiert werden; geplante Synchronisierungen werden bis dahin übersprungen.</translation>
    </message>
    <message>
        <source>the control character {code}</source>
        <translation>das Steuerzeichen {code}</translation>
    </message>
    <message>
        <source>the crontab</source>
        <translation>die crontab</translation>
    </message>
    <message>
        <source>the data folder {path} (named by {source}) does not exist; nothing was done. Check the path; `connect` starts a new profile there.</source>
        <translation>Den Datenordner {path} (angegeben mit {source}) gibt es nicht; es wurde nichts getan. Prüfen Sie den Pfad; `connect` legt dort ein neues Profil an.</translation>
    </message>
    <message>
        <source>the desktop needs system libraries that are missing (Debian/Ubuntu: apt-get install {packages})</source>
        <translation>der Desktop benötigt Systembibliotheken, die fehlen (Debian/Ubuntu: apt-get install {packages})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the display {display} does not answer</source>
        <translation>der Bildschirm {display} antwortet nicht</translation>
    </message>
    <message>
        <source>the environment variable {name}</source>
        <translation>der Umgebungsvariablen {name}</translation>
    </message>
    <message>
        <source>the file starts with a second byte order mark (BOM); save it as UTF-8 again</source>
        <translation>die Datei beginnt mit einer zweiten Byte-Reihenfolge-Markierung (BOM); speichern Sie sie erneut als UTF-8</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>the identity provider: Microsoft Entra ID (entra) or Google Workspace (google)</source>
        <translation>der Identitätsanbieter: Microsoft Entra ID (entra) oder Google Workspace (google)</translation>
    </message>
    <message>
        <source>the line is commented out, so cron does not run it</source>
        <translation>die Zeile ist auskommentiert, cron führt sie also nicht aus</translation>
    </message>
    <message>
        <source>the line or paragraph separator {code}</source>
        <translation>das Zeilen- oder Absatztrennzeichen {code}</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the non-character {code}</source>
        <translation>das Nichtzeichen {code}</translation>
    </message>
    <message>
        <source>the platform the shared employees are provisioned to (SCIM 2.0)</source>
        <translation>die Plattform, auf der die freigegebenen Mitarbeitenden bereitgestellt werden (SCIM 2.0)</translation>
    </message>
    <message>
        <source>the platform's SCIM base URL (usually ends with /scim/v2 or /v2)</source>
        <translation>die SCIM-Basis-URL der Plattform (endet meist auf /scim/v2 oder /v2)</translation>
    </message>
    <message>
        <source>the plist disables it (Disabled)</source>
        <translation>die plist deaktiviert sie (Disabled)</translation>
    </message>
    <message>
        <source>the plist is damaged</source>
        <translation>die plist ist beschädigt</translation>
    </message>
    <message>
        <source>the program the task starts</source>
        <translation>das Programm, das die Aufgabe startet</translation>
    </message>
    <message>
        <source>the project's quota is used up; try again later or raise the quota in the Google Cloud console</source>
        <translation>das Kontingent des Projekts ist aufgebraucht; versuchen Sie es später erneut oder erhöhen Sie das Kontingent in der Google Cloud Console</translation>
    </message>
    <message>
        <source>the saved Google OAuth client</source>
        <translation>der gespeicherte Google-OAuth-Client</translation>
    </message>
    <message>
        <source>the saved filter</source>
        <translation>der gespeicherte Filter</translation>
    </message>
    <message>
        <source>the scheduled task</source>
        <translation>die geplante Aufgabe</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>das System hat es abgelehnt</translation>
    </message>
    <message>
        <source>the system's proxy settings</source>
        <translation>den Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>the systemd user timer</source>
        <translation>den systemd-Benutzertimer</translation>
    </message>
    <message>
        <source>the target, its state and counts (never the token)</source>
        <translation>das Ziel, sein Zustand und seine Anzahlen (nie das Token)</translation>
    </message>
    <message>
        <source>the task is disabled</source>
        <translation>die Aufgabe ist deaktiviert</translation>
    </message>
    <message>
        <source>the task's definition is damaged</source>
        <translation>die Definition der Aufgabe ist beschädigt</translation>
    </message>
    <message>
        <source>the timer is installed but not active</source>
        <translation>der Timer ist eingerichtet, aber nicht aktiv</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>throttled by the platform, retrying in {seconds} s</source>
        <translation>von der Plattform gedrosselt, neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <source>throttled by {provider}, retrying in {seconds} s</source>
        <translation>von {provider} gedrosselt, neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>zu viele symbolische Verknüpfungen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>unknown key {keys} (and more) in {where} (allowed: {allowed})</source>
        <translation>unbekannter Schlüssel {keys} (und weitere) in {where} (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>unknown key {keys} in {where} (allowed: {allowed})</source>
        <translation>unbekannter Schlüssel {keys} in {where} (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>unregister this data folder's scheduled sync</source>
        <translation>die geplante Synchronisierung dieses Datenordners entfernen</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>use the offline demo tenant (separate demo profile, no network)</source>
        <translation>den Offline-Demomandanten verwenden (eigenes Demoprofil, kein Netzwerk)</translation>
    </message>
    <message>
        <source>user interface language (pseudo: stretched test text for layouts)</source>
        <translation>Sprache der Oberfläche (pseudo: gestreckter Testtext für Layouts)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>what the directory offers to filter on, with counts</source>
        <translation>wonach sich im Verzeichnis filtern lässt, mit Anzahlen</translation>
    </message>
    <message>
        <source>whether it is installed, its interval, last run</source>
        <translation>ob sie eingerichtet ist, ihr Intervall, der letzte Lauf</translation>
    </message>
    <message>
        <source>which employees are shared</source>
        <translation>welche Mitarbeitenden freigegeben sind</translation>
    </message>
    <message>
        <source>with an address at {values}</source>
        <translation>mit einer Adresse bei {values}</translation>
    </message>
    <message>
        <source>working as {values}</source>
        <translation>tätig als {values}</translation>
    </message>
    <message>
        <source>working for {values}</source>
        <translation>bei {values} beschäftigt</translation>
    </message>
    <message>
        <source>write logs, run history and settings to a zip (e-mail addresses, names and tokens redacted)</source>
        <translation>Protokolle, Synchronisierungsverlauf und Einstellungen in eine ZIP-Datei schreiben (E-Mail-Adressen, Namen und Token entfernt)</translation>
    </message>
    <message>
        <source>write to FILE (UTF-8; CSV with a byte order mark for Excel) instead of the console</source>
        <translation>in FILE schreiben (UTF-8; CSV mit Byte-Order-Mark für Excel) statt auf die Konsole</translation>
    </message>
    <message>
        <source>{account} belongs to another Google Workspace than the connected one ({tenant}); sign in with an administrator of {tenant}, or disconnect first.</source>
        <translation>{account} gehört zu einem anderen Google Workspace als dem verbundenen ({tenant}); melden Sie sich mit einem Administratorkonto von {tenant} an oder trennen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <source>{account} belongs to another tenant than the connected one ({tenant}); sign in with an administrator of {tenant}, or disconnect first.</source>
        <translation>{account} gehört zu einem anderen Mandanten als dem verbundenen ({tenant}); melden Sie sich mit einem Administratorkonto von {tenant} an oder trennen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <source>{account} is not a Global Administrator of the tenant. Sign in with a Global Administrator account (or ask one to connect IdP Wizard).</source>
        <translation>{account} ist kein Globaler Administrator des Mandanten. Melden Sie sich mit einem Konto mit der Rolle „Globaler Administrator“ an (oder bitten Sie eine solche Person, IdP Wizard zu verbinden).</translation>
    </message>
    <message>
        <source>{account} is not a super administrator of the Google Workspace account. Sign in with a super administrator account.</source>
        <translation>{account} ist kein Super-Administrator des Google-Workspace-Kontos. Melden Sie sich mit einem Super-Administrator-Konto an.</translation>
    </message>
    <message>
        <source>{adding}, {removed} will be removed, {updated} updated; {shared} of {directory} employees will be shared.</source>
        <translation>{adding}, {removed} entfernt, {updated} aktualisiert; {shared} von {directory} Mitarbeitenden werden freigegeben.</translation>
    </message>
    <message>
        <source>{attribute} ({count}):</source>
        <translation>{attribute} ({count}):</translation>
    </message>
    <message>
        <source>{client_id} is not an application (client) ID.</source>
        <translation>{client_id} ist keine Anwendungs-ID (Client-ID).</translation>
    </message>
    <message>
        <source>{count} client</source>
        <translation>{count} Kunde</translation>
    </message>
    <message>
        <source>{count} client; {attention}</source>
        <translation>{count} Kunde; {attention}</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} Kunden</translation>
    </message>
    <message>
        <source>{count} clients; {attention}</source>
        <translation>{count} Kunden; {attention}</translation>
    </message>
    <message>
        <source>{count} employee needs attention in the directory ({command})</source>
        <translation>{count} Person im Verzeichnis benötigt Ihre Aufmerksamkeit ({command})</translation>
    </message>
    <message>
        <source>{count} employee needs attention in the directory:</source>
        <translation>{count} Person im Verzeichnis benötigt Ihre Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>{count} employees need attention in the directory ({command})</source>
        <translation>{count} Mitarbeitende im Verzeichnis benötigen Ihre Aufmerksamkeit ({command})</translation>
    </message>
    <message>
        <source>{count} employees need attention in the directory:</source>
        <translation>{count} Mitarbeitende im Verzeichnis benötigen Ihre Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>{count} sync run</source>
        <translation>{count} Synchronisierungslauf</translation>
    </message>
    <message>
        <source>{count} sync runs</source>
        <translation>{count} Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>{count} synced user was removed</source>
        <translation>{count} synchronisierter Benutzer wurde entfernt</translation>
    </message>
    <message>
        <source>{count} synced users were removed</source>
        <translation>{count} synchronisierte Benutzer wurden entfernt</translation>
    </message>
    <message>
        <source>{count} user</source>
        <translation>{count} Benutzer</translation>
    </message>
    <message>
        <source>{count} user stays on the platform ({url}), no longer managed; this was recorded in the audit log.</source>
        <translation>{count} Benutzer bleibt auf der Plattform ({url}) und wird nicht mehr verwaltet; das wurde in den Admin-Aktionen vermerkt.</translation>
    </message>
    <message>
        <source>{count} user the app provisioned is on {url}. Disconnect removes it ({disconnect}); or keep it there, no longer managed, with {keep}.</source>
        <translation>{count} von der App bereitgestellter Benutzer ist auf {url}. Beim Trennen der Verbindung wird er entfernt ({disconnect}); mit {keep} bleibt er dort, wird aber nicht mehr verwaltet.</translation>
    </message>
    <message>
        <source>{count} user the app provisioned on the previous platform stays there, no longer managed.</source>
        <translation>{count} von der App auf der bisherigen Plattform bereitgestellter Benutzer bleibt dort und wird nicht mehr verwaltet.</translation>
    </message>
    <message>
        <source>{count} user the app provisioned remains on {url}: {why} Run disconnect again to finish removing it ({command}).</source>
        <translation>{count} von der App bereitgestellter Benutzer ist noch auf {url}: {why} Trennen Sie die Verbindung erneut, um ihn vollständig zu entfernen ({command}).</translation>
    </message>
    <message>
        <source>{count} user was deactivated on the platform ({url}).</source>
        <translation>{count} Benutzer wurde auf der Plattform deaktiviert ({url}).</translation>
    </message>
    <message>
        <source>{count} user was removed from the platform ({url}).</source>
        <translation>{count} Benutzer wurde von der Plattform entfernt ({url}).</translation>
    </message>
    <message>
        <source>{count} users</source>
        <translation>{count} Benutzer</translation>
    </message>
    <message>
        <source>{count} other users on the platform (never touched)</source>
        <translation>{count} weitere Benutzer auf der Plattform (nie verändert)</translation>
    </message>
    <message>
        <source>it could not be opened; check that it is running and unlocked and that IdP Wizard may use it</source>
        <translation>er konnte nicht geöffnet werden; prüfen Sie, ob er läuft und entsperrt ist und ob IdP Wizard ihn verwenden darf</translation>
    </message>
    <message>
        <source>it did not answer as expected; check that it is running and unlocked and that IdP Wizard may use it</source>
        <translation>er hat nicht wie erwartet geantwortet; prüfen Sie, ob er läuft und entsperrt ist und ob IdP Wizard ihn verwenden darf</translation>
    </message>
    <message>
        <source>it refused to remove the entry; check that it is running and unlocked and that IdP Wizard may use it</source>
        <translation>er hat das Entfernen des Eintrags abgelehnt; prüfen Sie, ob er läuft und entsperrt ist und ob IdP Wizard ihn verwenden darf</translation>
    </message>
    <message>
        <source>it refused to save the entry; check that it is running and unlocked and that IdP Wizard may use it</source>
        <translation>er hat das Speichern des Eintrags abgelehnt; prüfen Sie, ob er läuft und entsperrt ist und ob IdP Wizard ihn verwenden darf</translation>
    </message>
    <message>
        <source>keyring found none on this computer</source>
        <translation>keyring hat auf diesem Computer keinen gefunden</translation>
    </message>
    <message>
        <source>keyring is set to keep nothing</source>
        <translation>keyring ist so eingestellt, dass nichts gespeichert wird</translation>
    </message>
    <message>
        <source>keyring's own set-up failed</source>
        <translation>die Einrichtung von keyring selbst ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer came in time</source>
        <translation>keine Antwort in der erwarteten Zeit</translation>
    </message>
    <message>
        <source>no connection could be made</source>
        <translation>es konnte keine Verbindung hergestellt werden</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>only a plain-text file store is installed</source>
        <translation>nur ein Klartext-Dateispeicher ist installiert</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>die Verbindung hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the request is not valid</source>
        <translation>die Anfrage ist ungültig</translation>
    </message>
    <message>
        <source>the request to unlock it was dismissed; unlock it and try again</source>
        <translation>die Aufforderung zum Entsperren wurde verworfen; entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the secure connection could not be verified; a proxy or firewall may be intercepting it</source>
        <translation>die sichere Verbindung konnte nicht überprüft werden; möglicherweise fängt ein Proxy oder eine Firewall sie ab</translation>
    </message>
    <message>
        <source>the server's name could not be looked up</source>
        <translation>der Name des Servers konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>{count} provisioned users left on the platform</source>
        <translation>{count} bereitgestellte Benutzer auf der Plattform belassen</translation>
    </message>
    <message>
        <source>{count} provisioned users left on {url}</source>
        <translation>{count} bereitgestellte Benutzer auf {url} belassen</translation>
    </message>
    <message>
        <source>{count} read</source>
        <translation>{count} gelesen</translation>
    </message>
    <message>
        <source>{count} rounds of changes</source>
        <translation>{count} Änderungsrunden</translation>
    </message>
    <message>
        <source>{count} synced users removed (run #{run})</source>
        <translation>{count} synchronisierte Benutzer entfernt (Lauf #{run})</translation>
    </message>
    <message>
        <source>{count} user the app provisioned was already gone from the platform (deleted there outside this app): there was nothing to remove.</source>
        <translation>{count} von der App bereitgestellter Benutzer war auf der Plattform bereits nicht mehr vorhanden (dort außerhalb dieser App gelöscht): Es gab nichts zu entfernen.</translation>
    </message>
    <message>
        <source>{count} users read</source>
        <translation>{count} Benutzer gelesen</translation>
    </message>
    <message>
        <source>{count} users stay on the platform ({url}), no longer managed; this was recorded in the audit log.</source>
        <translation>{count} Benutzer bleiben auf der Plattform ({url}) und werden nicht mehr verwaltet; das wurde in den Admin-Aktionen vermerkt.</translation>
    </message>
    <message>
        <source>{count} users the app provisioned are on {url}. Disconnect removes them ({disconnect}); or keep them there, no longer managed, with {keep}.</source>
        <translation>{count} von der App bereitgestellte Benutzer sind auf {url}. Beim Trennen der Verbindung werden sie entfernt ({disconnect}); mit {keep} bleiben sie dort, werden aber nicht mehr verwaltet.</translation>
    </message>
    <message>
        <source>{count} users the app provisioned on the previous platform stay there, no longer managed.</source>
        <translation>{count} von der App auf der bisherigen Plattform bereitgestellte Benutzer bleiben dort und werden nicht mehr verwaltet.</translation>
    </message>
    <message>
        <source>{count} users the app provisioned remain on {url}: {why} Run disconnect again to finish removing them ({command}).</source>
        <translation>{count} von der App bereitgestellte Benutzer sind noch auf {url}: {why} Trennen Sie die Verbindung erneut, um sie vollständig zu entfernen ({command}).</translation>
    </message>
    <message>
        <source>{count} users the app provisioned were already gone from the platform (deleted there outside this app): there was nothing to remove.</source>
        <translation>{count} von der App bereitgestellte Benutzer waren auf der Plattform bereits nicht mehr vorhanden (dort außerhalb dieser App gelöscht): Es gab nichts zu entfernen.</translation>
    </message>
    <message>
        <source>{count} users were deactivated on the platform ({url}).</source>
        <translation>{count} Benutzer wurden auf der Plattform deaktiviert ({url}).</translation>
    </message>
    <message>
        <source>{count} users were removed from the platform ({url}).</source>
        <translation>{count} Benutzer wurden von der Plattform entfernt ({url}).</translation>
    </message>
    <message>
        <source>{done} of {total} groups read</source>
        <translation>{done} von {total} Gruppen gelesen</translation>
    </message>
    <message>
        <source>{error} Nothing was applied.</source>
        <translation>{error} Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>{error}. Nothing was synced; replace the filter ({command}).</source>
        <translation>{error}. Es wurde nichts synchronisiert; ersetzen Sie den Filter ({command}).</translation>
    </message>
    <message>
        <source>{field} held {character}, which was replaced</source>
        <translation>{field} enthielt {character}; das Zeichen wurde ersetzt</translation>
    </message>
    <message>
        <source>{field} is {length} characters long (limit {limit})</source>
        <translation>{field} ist {length} Zeichen lang (Grenze {limit})</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{host} did not answer in time ({tries}): check the network connection or try again later.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet ({tries}): Prüfen Sie die Netzwerkverbindung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{host} is not available ({tries}, the server reported an error): try again later.</source>
        <translation>{host} ist nicht verfügbar ({tries}, der Server hat einen Fehler gemeldet): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{host} is still throttling requests ({tries}): try again later.</source>
        <translation>{host} drosselt weiterhin Anfragen ({tries}): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{host} took more than {seconds} second to answer one request; IdP Wizard stopped waiting. Check the network connection or try again later.</source>
        <translation>{host} hat für die Antwort auf eine Anfrage mehr als {seconds} Sekunde gebraucht; IdP Wizard hat das Warten beendet. Prüfen Sie die Netzwerkverbindung, oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{host} took more than {seconds} seconds to answer one request; IdP Wizard stopped waiting. Check the network connection or try again later.</source>
        <translation>{host} hat für die Antwort auf eine Anfrage mehr als {seconds} Sekunden gebraucht; IdP Wizard hat das Warten beendet. Prüfen Sie die Netzwerkverbindung, oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{location} already holds the scheduled sync of another data folder, {folder}, and {scheduler} keeps one per user; nothing was changed. Remove it there ({remove}), or replace it with this folder's: {replace}</source>
        <translation>{location} enthält bereits die geplante Synchronisierung eines anderen Datenordners, {folder}, und {scheduler} verwaltet nur eine pro Benutzer; es wurde nichts geändert. Entfernen Sie sie dort ({remove}) oder ersetzen Sie sie durch die dieses Ordners: {replace}</translation>
    </message>
    <message>
        <source>{location} holds the scheduled sync of another data folder, {folder}, and {scheduler} keeps one per user. Remove it there ({remove}), or replace it with this folder's ({replace})</source>
        <translation>{location} enthält die geplante Synchronisierung eines anderen Datenordners, {folder}, und {scheduler} verwaltet nur eine pro Benutzer. Entfernen Sie sie dort ({remove}) oder ersetzen Sie sie durch die dieses Ordners ({replace})</translation>
    </message>
    <message>
        <source>{names}</source>
        <translation>{names}</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} und {more} weitere</translation>
    </message>
    <message>
        <source>{names} or {count} more</source>
        <translation>{names} oder {count} weitere</translation>
    </message>
    <message>
        <source>{names} or {last}</source>
        <translation>{names} oder {last}</translation>
    </message>
    <message>
        <source>{name}, {domain}, {count} employee</source>
        <translation>{name}, {domain}, {count} Person</translation>
    </message>
    <message>
        <source>{name}, {domain}, {count} employees</source>
        <translation>{name}, {domain}, {count} Mitarbeitende</translation>
    </message>
    <message>
        <source>{old} → {new}: a client name may not contain {character}, and {cleaned} is another client's name; renamed when IdP Wizard was updated</source>
        <translation>{old} → {new}: Ein Kundenname darf {character} nicht enthalten, und {cleaned} ist der Name eines anderen Kunden; bei der Aktualisierung von IdP Wizard umbenannt</translation>
    </message>
    <message>
        <source>{old} → {new}: a client name may not contain {character}; renamed when IdP Wizard was updated</source>
        <translation>{old} → {new}: Ein Kundenname darf {character} nicht enthalten; bei der Aktualisierung von IdP Wizard umbenannt</translation>
    </message>
    <message>
        <source>{option} is for Microsoft Entra ID; Google Workspace does not use it (leave it out)</source>
        <translation>{option} gilt für Microsoft Entra ID; Google Workspace verwendet es nicht (lassen Sie es weg)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or replace it with --force</source>
        <translation>{path} existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie die Datei mit --force</translation>
    </message>
    <message>
        <source>{path} is a folder, but IdP Wizard keeps its {what} file there; move the folder away or choose another data folder (--data-dir).</source>
        <translation>{path} ist ein Ordner, aber IdP Wizard legt dort eine seiner Dateien ab ({what}); verschieben Sie den Ordner oder wählen Sie einen anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file</source>
        <translation>{path} ist ein Ordner; geben Sie eine Datei an</translation>
    </message>
    <message>
        <source>{path} is a folder; name the file holding the token.</source>
        <translation>{path} ist ein Ordner; geben Sie die Datei an, die das Token enthält.</translation>
    </message>
    <message>
        <source>{path} is larger than {size} MB: that is not a filter file (a filter file is a few KB)</source>
        <translation>{path} ist größer als {size} MB: Das ist keine Filterdatei (eine Filterdatei ist wenige KB groß)</translation>
    </message>
    <message>
        <source>{path} is missing, so the timer starts nothing</source>
        <translation>{path} fehlt, der Timer startet also nichts</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>{path} ist kein UTF-8-Text (Byte {byte}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text but UTF-16; save it as UTF-8</source>
        <translation>{path} ist kein UTF-8-Text, sondern UTF-16; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>{path} is not valid JSON. {hint}</source>
        <translation>{path} ist kein gültiges JSON. {hint}</translation>
    </message>
    <message>
        <source>{path} is one of IdP Wizard's own files; choose another file name</source>
        <translation>{path} ist eine der eigenen Dateien von IdP Wizard; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>{permissions} (and {groups} when groups are used)</source>
        <translation>{permissions} (und {groups}, wenn Gruppen verwendet werden)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <source>{provider} ({directory})</source>
        <translation>{provider} ({directory})</translation>
    </message>
    <message>
        <source>{provider} answered the check for the administrator role in a form IdP Wizard cannot read; try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat die Abfrage der Administratorrolle in einer Form beantwortet, die IdP Wizard nicht lesen kann; versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten umschreiben).</translation>
    </message>
    <message>
        <source>{provider} answered {path} with an unexpected redirect ({status}).</source>
        <translation>{provider} hat {path} mit einer unerwarteten Umleitung beantwortet ({status}).</translation>
    </message>
    <message>
        <source>{provider} denied access to {path} ({detail}): {hint}.</source>
        <translation>{provider} hat den Zugriff auf {path} verweigert ({detail}): {hint}.</translation>
    </message>
    <message>
        <source>{provider} ended a delta round without a delta link.</source>
        <translation>{provider} hat eine Delta-Runde ohne Delta-Link beendet.</translation>
    </message>
    <message>
        <source>{provider} gave a link to {where}, which is not {home}; IdP Wizard did not follow it and sent no sign-in there. Nothing was changed; try again, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat einen Link zu {where} geliefert, das nicht {home} ist; IdP Wizard ist ihm nicht gefolgt und hat dorthin keine Anmeldung gesendet. Es wurde nichts geändert; versuchen Sie es erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten umschreiben).</translation>
    </message>
    <message>
        <source>{provider} is already connected; only one identity provider can be connected at a time. Disconnect it first.</source>
        <translation>{provider} ist bereits verbunden; es kann immer nur ein Identitätsanbieter verbunden sein. Trennen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>{provider} is not responding ({detail}), retrying in {seconds} s</source>
        <translation>{provider} antwortet nicht ({detail}), neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <source>{provider} is still not responding after {attempts} attempts ({detail}); check the network connection or try again later.</source>
        <translation>{provider} antwortet nach {attempts} Versuchen immer noch nicht ({detail}); prüfen Sie die Netzwerkverbindung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{provider} is still throttled after {attempts} attempts ({detail}); try again later.</source>
        <translation>{provider} drosselt nach {attempts} Versuchen immer noch ({detail}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{provider} kept listing {path} past {pages} pages, more than any directory has; IdP Wizard stopped reading it. Try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat {path} über {pages} Seiten hinaus weiter aufgelistet, mehr als ein Verzeichnis je hat; IdP Wizard hat das Lesen beendet. Versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten verändern).</translation>
    </message>
    <message>
        <source>{provider} listed a group without a valid id; try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat eine Gruppe ohne gültige ID geliefert; versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten umschreiben).</translation>
    </message>
    <message>
        <source>{provider} listed a member of the group {id} without a valid id; try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat ein Mitglied der Gruppe {id} ohne gültige ID geliefert; versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten umschreiben).</translation>
    </message>
    <message>
        <source>{provider} listed a page of {path} twice, so the listing would never end; IdP Wizard stopped reading it. Try again later.</source>
        <translation>{provider} hat eine Seite von {path} zweimal geliefert, sodass die Liste nie enden würde; IdP Wizard hat das Lesen beendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{provider} listed a user without a valid id; try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat einen Benutzer ohne gültige ID geliefert; versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten umschreiben).</translation>
    </message>
    <message>
        <source>{provider} listed the group {id} with a value that is not text ({field}); try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat die Gruppe {id} mit einem Wert geliefert, der kein Text ist ({field}); versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten umschreiben).</translation>
    </message>
    <message>
        <source>{provider} listed the user {id} with a value that is not text ({field}); try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat den Benutzer {id} mit einem Wert geliefert, der kein Text ist ({field}); versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten umschreiben).</translation>
    </message>
    <message>
        <source>{provider} listed this user twice with different data; the later listing was used</source>
        <translation>{provider} hat diesen Benutzer zweimal mit unterschiedlichen Daten geliefert; die spätere Angabe wurde verwendet</translation>
    </message>
    <message>
        <source>{provider} no longer knows the last sync state ({detail}); a full read is needed.</source>
        <translation>{provider} kennt den letzten Synchronisierungsstand nicht mehr ({detail}); ein vollständiges Lesen ist nötig.</translation>
    </message>
    <message>
        <source>{provider} rejected the request to {path} ({detail}).</source>
        <translation>{provider} hat die Anfrage an {path} abgelehnt ({detail}).</translation>
    </message>
    <message>
        <source>{provider} rejected the request to {path} ({detail}). {hint}.</source>
        <translation>{provider} hat die Anfrage an {path} abgelehnt ({detail}); {hint}.</translation>
    </message>
    <message>
        <source>{provider} rejected the request to {path} ({detail}: {said}).</source>
        <translation>{provider} hat die Anfrage an {path} abgelehnt ({detail}: {said}).</translation>
    </message>
    <message>
        <source>{provider} rejected the request to {path} ({detail}: {said}). {hint}.</source>
        <translation>{provider} hat die Anfrage an {path} abgelehnt ({detail}: {said}); {hint}.</translation>
    </message>
    <message>
        <source>{provider} rejected the sign-in ({code}). Reauthorize the connection.</source>
        <translation>{provider} hat die Anmeldung abgelehnt ({code}). Autorisieren Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>{provider} returned a malformed response ({path}); try again later.</source>
        <translation>{provider} hat eine fehlerhafte Antwort geliefert ({path}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{provider} sent a malformed response, retrying in {seconds} s</source>
        <translation>{provider} hat eine fehlerhafte Antwort gesendet, neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <source>{provider} sent an answer larger than {size} MB ({path}), more than any directory page; IdP Wizard stopped reading it. Try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
        <translation>{provider} hat eine Antwort von mehr als {size} MB gesendet ({path}), größer als jede Verzeichnisseite; IdP Wizard hat das Lesen beendet. Versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte die Antworten verändern).</translation>
    </message>
    <message>
        <source>{provider} took more than {minutes} minutes to answer one request ({path}); IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
        <translation>{provider} hat für die Antwort auf eine Anfrage mehr als {minutes} Minuten gebraucht ({path}); IdP Wizard hat das Warten beendet. Versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>{provider} took more than {seconds} second to answer one request ({path}); IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
        <translation>{provider} hat für die Antwort auf eine Anfrage mehr als {seconds} Sekunde gebraucht ({path}); IdP Wizard hat das Warten beendet. Versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>{provider} took more than {seconds} seconds to answer one request ({path}); IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
        <translation>{provider} hat für die Antwort auf eine Anfrage mehr als {seconds} Sekunden gebraucht ({path}); IdP Wizard hat das Warten beendet. Versuchen Sie es später erneut, und wenn es wieder geschieht, prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>{provider}: {path} was not found ({detail}); it may have been deleted.</source>
        <translation>{provider}: {path} wurde nicht gefunden ({detail}); es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>{provider}; {count} synced users removed</source>
        <translation>{provider}; {count} synchronisierte Benutzer entfernt</translation>
    </message>
    <message>
        <source>{provisioned} provisioned, {pending} pending, {failed} failed</source>
        <translation>{provisioned} bereitgestellt, {pending} ausstehend, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{reason} (retried next sync)</source>
        <translation>{reason} (wird bei der nächsten Synchronisierung erneut versucht)</translation>
    </message>
    <message>
        <source>{request} was answered with a web page (404), not by the SCIM server: nothing is known to be removed or changed; check the SCIM base URL ({hint}).</source>
        <translation>{request} wurde mit einer Webseite (404) beantwortet, nicht vom SCIM-Server: Es ist nicht bekannt, dass etwas entfernt oder geändert wurde; prüfen Sie die SCIM-Basis-URL ({hint}).</translation>
    </message>
    <message>
        <source>{scheduler}, every {minutes} minutes</source>
        <translation>{scheduler}, alle {minutes} Minuten</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} Sekunden</translation>
    </message>
    <message>
        <source>{sentence} {note}</source>
        <translation>{sentence} {note}</translation>
    </message>
    <message>
        <source>{source} belongs to a 'Web application' OAuth client; IdP Wizard needs a 'Desktop app' client. {hint}</source>
        <translation>{source} gehört zu einem OAuth-Client vom Typ „Webanwendung“; IdP Wizard benötigt einen Client vom Typ „Desktop-App“. {hint}</translation>
    </message>
    <message>
        <source>{source} has no 'installed' client. {hint}</source>
        <translation>{source} hat keinen Client unter „installed“. {hint}</translation>
    </message>
    <message>
        <source>{source} is empty; a filter file holds a JSON object (see {command})</source>
        <translation>{source} ist leer; eine Filterdatei enthält ein JSON-Objekt (siehe {command})</translation>
    </message>
    <message>
        <source>{source} is not a Google OAuth client file. {hint}</source>
        <translation>{source} ist keine Google-OAuth-Client-Datei. {hint}</translation>
    </message>
    <message>
        <source>{source} lacks {keys}. {hint}</source>
        <translation>{source} enthält keine Angabe zu {keys}. {hint}</translation>
    </message>
    <message>
        <source>{source}: 'installed' must be an object. {hint}</source>
        <translation>{source}: „installed“ muss ein Objekt sein. {hint}</translation>
    </message>
    <message>
        <source>{source}: client_secret must be text. {hint}</source>
        <translation>{source}: client_secret muss Text sein. {hint}</translation>
    </message>
    <message>
        <source>{source}: not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>{source}: kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
    </message>
    <message>
        <source>{source}: not valid here: it holds a number with thousands of digits</source>
        <translation>{source}: hier nicht gültig: Die Datei enthält eine Zahl mit Tausenden von Ziffern</translation>
    </message>
    <message>
        <source>{source}: the key {key} is given twice in one object; keep one of them</source>
        <translation>{source}: Der Schlüssel {key} steht zweimal im selben Objekt; behalten Sie nur einen davon</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>{source}: {error}; check the spelling ({command} lists the values) or keep it with --allow-unmatched</source>
        <translation>{source}: {error}; prüfen Sie die Schreibweise ({command} listet die Werte auf) oder behalten Sie den Wert mit --allow-unmatched</translation>
    </message>
    <message>
        <source>{source}: {where} {value} contains {character}; remove it or retype the value</source>
        <translation>{source}: {where} {value} enthält {character}; entfernen Sie es oder geben Sie den Wert neu ein</translation>
    </message>
    <message>
        <source>{summary}, except {excluded}</source>
        <translation>{summary}, außer {excluded}</translation>
    </message>
    <message>
        <source>{summary}, excluding disabled accounts</source>
        <translation>{summary}, ohne deaktivierte Konten</translation>
    </message>
    <message>
        <source>{summary}, excluding guests</source>
        <translation>{summary}, ohne Gäste</translation>
    </message>
    <message>
        <source>{summary}, excluding guests and disabled accounts</source>
        <translation>{summary}, ohne Gäste und deaktivierte Konten</translation>
    </message>
    <message>
        <source>{summary}, including guests and disabled accounts</source>
        <translation>{summary}, einschließlich Gästen und deaktivierten Konten</translation>
    </message>
    <message>
        <source>{summary}, only licensed accounts</source>
        <translation>{summary}, nur lizenzierte Konten</translation>
    </message>
    <message>
        <source>{summary}, plus {people}</source>
        <translation>{summary}, zusätzlich {people}</translation>
    </message>
    <message>
        <source>{summary}; except 1 named person</source>
        <translation>{summary}; außer 1 namentlich genannten Person</translation>
    </message>
    <message>
        <source>{summary}; except {count} named people</source>
        <translation>{summary}; außer {count} namentlich genannten Personen</translation>
    </message>
    <message>
        <source>{summary}; plus 1 named person</source>
        <translation>{summary}; zusätzlich 1 namentlich genannte Person</translation>
    </message>
    <message>
        <source>{summary}; plus {count} named people</source>
        <translation>{summary}; zusätzlich {count} namentlich genannte Personen</translation>
    </message>
    <message>
        <source>{synced} of {directory} in the directory</source>
        <translation>{synced} von {directory} im Verzeichnis</translation>
    </message>
    <message>
        <source>{tenant} is not a tenant ID or domain.</source>
        <translation>{tenant} ist keine Mandanten-ID oder Domäne.</translation>
    </message>
    <message>
        <source>{url} (embedded demo platform)</source>
        <translation>{url} (eingebettete Demoplattform)</translation>
    </message>
    <message>
        <source>{url} answered with JSON that is not SCIM: check that the URL is the platform's SCIM base URL ({hint}).</source>
        <translation>{url} hat mit JSON geantwortet, das kein SCIM ist: Prüfen Sie, ob die URL die SCIM-Basis-URL der Plattform ist ({hint}).</translation>
    </message>
    <message>
        <source>{url} did not answer a user search with a SCIM list: check that the URL is the platform's SCIM base URL ({hint}).</source>
        <translation>{url} hat eine Benutzersuche nicht mit einer SCIM-Liste beantwortet: Prüfen Sie, ob die URL die SCIM-Basis-URL der Plattform ist ({hint}).</translation>
    </message>
    <message>
        <source>{url} has no valid host name (spaces or other characters that do not belong in one): enter the platform's SCIM base URL, for example https://example.com/scim/v2.</source>
        <translation>{url} enthält keinen gültigen Hostnamen (Leerzeichen oder andere Zeichen, die nicht hineingehören): Geben Sie die SCIM-Basis-URL der Plattform ein, zum Beispiel https://example.com/scim/v2.</translation>
    </message>
    <message>
        <source>{url} is not a URL: enter the platform's SCIM base URL, for example https://example.com/scim/v2.</source>
        <translation>{url} ist keine URL: Geben Sie die SCIM-Basis-URL der Plattform ein, zum Beispiel https://example.com/scim/v2.</translation>
    </message>
    <message>
        <source>{url} is not an https:// URL: enter the platform's SCIM base URL, for example https://example.com/scim/v2.</source>
        <translation>{url} ist keine https://-URL: Geben Sie die SCIM-Basis-URL der Plattform ein, zum Beispiel https://example.com/scim/v2.</translation>
    </message>
    <message>
        <source>{url} names port {port}; a port is a number from 1 to 65535.</source>
        <translation>{url} nennt den Port {port}; ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>{url} uses plain http: the token would cross the network unencrypted; use the https:// address.</source>
        <translation>{url} verwendet unverschlüsseltes http: Das Token würde unverschlüsselt durch das Netzwerk gehen; verwenden Sie die https://-Adresse.</translation>
    </message>
    <message>
        <source>{url}: deactivated {count}, already gone {gone}</source>
        <translation>{url}: {count} deaktiviert, {gone} bereits nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>{url}: deactivated {count}, already gone {gone}, {remaining} still there</source>
        <translation>{url}: {count} deaktiviert, {gone} bereits nicht mehr vorhanden, {remaining} noch dort</translation>
    </message>
    <message>
        <source>{url}: removed {count}, already gone {gone}</source>
        <translation>{url}: {count} entfernt, {gone} bereits nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>{url}: removed {count}, already gone {gone}, {remaining} still there</source>
        <translation>{url}: {count} entfernt, {gone} bereits nicht mehr vorhanden, {remaining} noch dort</translation>
    </message>
    <message>
        <source>{url}; {count} provisioned users left on {old}</source>
        <translation>{url}; {count} bereitgestellte Benutzer auf {old} belassen</translation>
    </message>
    <message>
        <source>{url}; {count} provisioned users left there, no longer managed</source>
        <translation>{url}; {count} bereitgestellte Benutzer dort belassen, nicht mehr verwaltet</translation>
    </message>
    <message>
        <source>{users} synced users removed, {runs} sync runs deleted</source>
        <translation>{users} synchronisierte Benutzer entfernt, {runs} Synchronisierungsläufe gelöscht</translation>
    </message>
    <message>
        <source>{value} contains {character}</source>
        <translation>{value} enthält {character}</translation>
    </message>
    <message>
        <source>{value} is longer than any file name ({limit} characters at most)</source>
        <translation>{value} ist länger als jeder Dateiname (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <source>{value} matches nobody in the directory</source>
        <translation>{value} trifft auf niemanden im Verzeichnis zu</translation>
    </message>
    <message>
        <source>{value} matches nobody in the directory (and 1 more value)</source>
        <translation>{value} trifft auf niemanden im Verzeichnis zu (und 1 weiterer Wert)</translation>
    </message>
    <message>
        <source>{value} matches nobody in the directory (and {count} more values)</source>
        <translation>{value} trifft auf niemanden im Verzeichnis zu (und {count} weitere Werte)</translation>
    </message>
    <message>
        <source>{value}… ({length} characters)</source>
        <translation>{value}… ({length} Zeichen)</translation>
    </message>
    <message>
        <source>{variable} is set but empty; name a folder or unset it</source>
        <translation>{variable} ist gesetzt, aber leer; geben Sie einen Ordner an oder entfernen Sie die Variable</translation>
    </message>
    <message>
        <source>{warned} marked ! need attention (held, failed or needs reauthorization)</source>
        <translation>{warned} mit ! markiert (Handlungsbedarf: angehalten, fehlgeschlagen oder erneute Autorisierung nötig)</translation>
    </message>
    <message>
        <source>{warned} marked ! needs attention (held, failed or needs reauthorization)</source>
        <translation>{warned} mit ! markiert (Handlungsbedarf: angehalten, fehlgeschlagen oder erneute Autorisierung nötig)</translation>
    </message>
    <message>
        <source>{what} failed (exit code {code}).</source>
        <translation>{what} ist fehlgeschlagen (Exit-Code {code}).</translation>
    </message>
    <message>
        <source>{what} failed (exit code {code}): {why}</source>
        <translation>{what} ist fehlgeschlagen (Exit-Code {code}): {why}</translation>
    </message>
    <message>
        <source>{where} answered with {what} instead of SCIM: check that the URL is the platform's SCIM base URL ({hint}).</source>
        <translation>{where} hat mit {what} statt mit SCIM geantwortet: Prüfen Sie, ob die URL die SCIM-Basis-URL der Plattform ist ({hint}).</translation>
    </message>
    <message>
        <source>{where} has {count} values (at most {limit})</source>
        <translation>Bei {where} stehen {count} Werte (höchstens {limit})</translation>
    </message>
    <message>
        <source>{where} is an empty value</source>
        <translation>Bei {where} steht ein leerer Wert</translation>
    </message>
    <message>
        <source>{where} is not valid ({rule})</source>
        <translation>Der Wert bei {where} ist nicht gültig ({rule})</translation>
    </message>
    <message>
        <source>{where} must be {value} (this IdP Wizard reads version 1)</source>
        <translation>Der Wert bei {where} muss {value} sein (dieser IdP Wizard liest Version 1)</translation>
    </message>
    <message>
        <source>{where} must be {wanted}, not {kind}</source>
        <translation>Der Wert bei {where} muss {wanted} sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{where} {value}</source>
        <translation>{where} {value}</translation>
    </message>
    <message>
        <source>{where} {value} holds nothing but characters that are not shown, such as {character}, so it would match nobody</source>
        <translation>{where} {value} besteht nur aus Zeichen, die nicht angezeigt werden, etwa {character}, und würde daher auf niemanden zutreffen</translation>
    </message>
    <message>
        <source>{where} {value} is longer than {limit} characters</source>
        <translation>Der Wert {value} bei {where} ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{where}: there is no group {value} in the directory</source>
        <translation>{where}: Im Verzeichnis gibt es keine Gruppe {value}</translation>
    </message>
    <message>
        <source>{where}: there is no org unit {value} in the directory</source>
        <translation>{where}: Im Verzeichnis gibt es keine Organisationseinheit {value}</translation>
    </message>
</context>
<context>
    <name>DataOptionsPage</name>
    <message>
        <source>User data options to synchronize</source>
        <translation>Zu synchronisierende Benutzerdaten</translation>
    </message>
    <message>
        <source>The defaults are right for nearly everyone.</source>
        <translation>Die Voreinstellungen passen für fast alle Organisationen.</translation>
    </message>
    <message>
        <source>Profile: first name, last name and display name</source>
        <translation>Profil: Vorname, Nachname und Anzeigename</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Organisation: department, job title, company and manager</source>
        <translation>&amp;Organisation: Abteilung, Position, Firma und Führungskraft</translation>
    </message>
    <message>
        <source>&amp;Location: office and country</source>
        <translation>&amp;Standort: Büro und Land</translation>
    </message>
    <message>
        <source>L&amp;anguage: the employee's preferred language</source>
        <translation>S&amp;prache: die bevorzugte Sprache der Person</translation>
    </message>
    <message>
        <source>&amp;Groups: group memberships, to choose employees by group</source>
        <translation>&amp;Gruppen: Gruppenmitgliedschaften, um Mitarbeitende nach Gruppe auszuwählen</translation>
    </message>
    <message>
        <source>These details of each shared employee are synchronized:</source>
        <translation>Diese Angaben werden für alle freigegebenen Mitarbeitenden synchronisiert:</translation>
    </message>
    <message>
        <source>Always synchronized</source>
        <translation>Wird immer synchronisiert</translation>
    </message>
    <message>
        <source>Profile and e-mail address are always synchronized. Nothing is ever written back to your directory.</source>
        <translation>Profil und E-Mail-Adresse werden immer synchronisiert. In Ihr Verzeichnis wird niemals etwas zurückgeschrieben.</translation>
    </message>
</context>
<context>
    <name>DemoActions</name>
    <message>
        <source>A joiner, a leaver and a move happened in the demo directory; the next sync picks them up.</source>
        <translation>Im Demoverzeichnis gab es einen Eintritt, einen Austritt und einen Wechsel; die nächste Synchronisierung übernimmt sie.</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the demo? The demo connection and all its synced users are forgotten, so that you can connect again from the start. The sync history and the admin actions are kept.</source>
        <translation>Demo zurücksetzen? Die Demoverbindung und alle ihre synchronisierten Benutzer werden vergessen, sodass Sie von vorn verbinden können. Der Synchronisierungsverlauf und die Admin-Aktionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Reset demo</source>
        <translation>Demo &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo mode — nothing leaves this computer</source>
        <translation>Demomodus – nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Si&amp;mulate directory changes</source>
        <translation>Verzeichnisänderungen si&amp;mulieren</translation>
    </message>
    <message>
        <source>Let a joiner, a leaver and a move happen in the demo directory now; the next sync picks them up.</source>
        <translation>Jetzt einen Eintritt, einen Austritt und einen Wechsel im Demoverzeichnis auslösen; die nächste Synchronisierung übernimmt sie.</translation>
    </message>
    <message>
        <source>Reset &amp;demo…</source>
        <translation>&amp;Demo zurücksetzen…</translation>
    </message>
    <message>
        <source>Forget the demo connection and its users, to connect again from the start; the sync history and the admin actions are kept.</source>
        <translation>Die Demoverbindung und ihre Benutzer vergessen, um von vorn zu verbinden; der Synchronisierungsverlauf und die Admin-Aktionen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>DeviceCodePanel</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>On a phone or another computer, open %1 and enter this code:</source>
        <translation>Öffnen Sie auf einem Smartphone oder einem anderen Computer %1 und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Anmeldecode %1</translation>
    </message>
    <message>
        <source>The code expires in %1 min. Once you have signed in there, come back here.</source>
        <translation>Der Code läuft in %1 Min. ab. Kehren Sie hierher zurück, sobald Sie sich dort angemeldet haben.</translation>
    </message>
</context>
<context>
    <name>DisconnectDialog</name>
    <message>
        <source>Disconnect %1</source>
        <translation>Verbindung zu %1 trennen</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Verbindung zu %1 trennen?</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln synced users will be permanently removed. They lose access to the platform and are removed from all ongoing trainings. This cannot be undone; connecting again later adds them as new users.</source>
        <translation>
            <numerusform>Der %Ln synchronisierte Benutzer wird endgültig entfernt. Damit verliert er den Zugang zur Plattform und wird aus allen laufenden Schulungen entfernt. Dies kann nicht rückgängig gemacht werden; bei einer späteren erneuten Verbindung wird er als neuer Benutzer angelegt.</numerusform>
            <numerusform>Alle %Ln synchronisierten Benutzer werden endgültig entfernt. Damit verlieren sie den Zugang zur Plattform und werden aus allen laufenden Schulungen entfernt. Dies kann nicht rückgängig gemacht werden; bei einer späteren erneuten Verbindung werden sie als neue Benutzer angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I &amp;understand that all %Ln users will be permanently removed.</source>
        <translation>
            <numerusform>Ich &amp;verstehe, dass der %Ln Benutzer endgültig entfernt wird.</numerusform>
            <numerusform>Ich &amp;verstehe, dass alle %Ln Benutzer endgültig entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect and remove users</source>
        <translation>Verbindung &amp;trennen und Benutzer entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep them on the platform instead (forget them here only)</source>
        <translation>Stattdessen auf der Plattform &amp;behalten (nur hier vergessen)</translation>
    </message>
    <message>
        <source>The users stay on the platform, no longer managed by this app. This is recorded in the audit log.</source>
        <translation>Die Benutzer bleiben auf der Plattform und werden nicht mehr von dieser App verwaltet. Das wird in den Admin-Aktionen vermerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users will also be deactivated on the platform (%1).</source>
        <translation>
            <numerusform>%Ln Benutzer wird außerdem auf der Plattform deaktiviert (%1).</numerusform>
            <numerusform>%Ln Benutzer werden außerdem auf der Plattform deaktiviert (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users will also be removed from the platform (%1).</source>
        <translation>
            <numerusform>%Ln Benutzer wird außerdem von der Plattform entfernt (%1).</numerusform>
            <numerusform>%Ln Benutzer werden außerdem von der Plattform entfernt (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln synced users will be forgotten by this app. They keep their access to the platform, no longer managed by this app. This cannot be undone.</source>
        <translation>
            <numerusform>Der %Ln synchronisierte Benutzer wird von dieser App vergessen. Er behält seinen Zugang zur Plattform, wird aber nicht mehr von dieser App verwaltet. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %Ln synchronisierten Benutzer werden von dieser App vergessen. Sie behalten ihren Zugang zur Plattform, werden aber nicht mehr von dieser App verwaltet. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users stay on the platform (%1).</source>
        <translation>
            <numerusform>%Ln Benutzer bleibt auf der Plattform (%1).</numerusform>
            <numerusform>%Ln Benutzer bleiben auf der Plattform (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect, keep users on the platform</source>
        <translation>Verbindung &amp;trennen, Benutzer behalten</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation>Etwas ist schiefgelaufen (%1). Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Include &amp;guests</source>
        <translation>&amp;Gäste einschließen</translation>
    </message>
    <message>
        <source>Include &amp;disabled accounts</source>
        <translation>&amp;Deaktivierte Konten einschließen</translation>
    </message>
    <message>
        <source>Only &amp;licensed accounts</source>
        <translation>Nur &amp;lizenzierte Konten</translation>
    </message>
    <message>
        <source>Rooms, shared mailboxes and service accounts are users in Microsoft Entra ID too, and many can sign in. “Only licensed accounts” leaves out every account without a license, and room mailboxes where IdP Wizard may read the room list (permission Place.Read.All). An employee still waiting for a license is left out as well.</source>
        <translation>Räume, freigegebene Postfächer und Dienstkonten sind in Microsoft Entra ID ebenfalls Benutzer, und viele können sich anmelden. „Nur lizenzierte Konten“ lässt jedes Konto ohne Lizenz aus, ebenso Raumpostfächer, wenn IdP Wizard die Raumliste lesen darf (Berechtigung Place.Read.All). Auch Mitarbeitende, die noch auf eine Lizenz warten, werden ausgelassen.</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <source>&amp;Matching employees</source>
        <translation>&amp;Passende Mitarbeitende</translation>
    </message>
    <message>
        <source>Ask for &amp;group access</source>
        <translation>&amp;Gruppenzugriff anfordern</translation>
    </message>
    <message>
        <source>No employee matches these criteria: %1.</source>
        <translation>Keine Mitarbeitenden entsprechen diesen Kriterien: %1.</translation>
    </message>
    <message>
        <source>&amp;Matching employees (%1)</source>
        <translation>&amp;Passende Mitarbeitende (%1)</translation>
    </message>
    <message>
        <source>Include &amp;guests (%1)</source>
        <translation>&amp;Gäste einschließen (%1)</translation>
    </message>
    <message>
        <source>Include &amp;disabled accounts (%1)</source>
        <translation>&amp;Deaktivierte Konten einschließen (%1)</translation>
    </message>
    <message>
        <source>Only &amp;licensed accounts (leaves out %1)</source>
        <translation>Nur &amp;lizenzierte Konten (lässt %1 aus)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not in the directory</source>
        <translation>nicht im Verzeichnis</translation>
    </message>
    <message>
        <source>%1 is not in the directory any more.</source>
        <translation>%1 ist nicht mehr im Verzeichnis.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln employees, including its sub-units)</source>
        <translation>
            <numerusform>%1 (%Ln Person, einschließlich Untereinheiten)</numerusform>
            <numerusform>%1 (%Ln Mitarbeitende, einschließlich Untereinheiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln employees)</source>
        <translation>
            <numerusform>%1 (%Ln Person)</numerusform>
            <numerusform>%1 (%Ln Mitarbeitende)</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Org units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message>
        <source>E-mail domains</source>
        <translation>E-Mail-Domänen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>job titles</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>org units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message>
        <source>e-mail domains</source>
        <translation>E-Mail-Domänen</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Members of nested groups count as members.</source>
        <translation>Mitglieder verschachtelter Gruppen zählen als Mitglieder.</translation>
    </message>
    <message>
        <source>Choosing an org unit includes all of its sub-units.</source>
        <translation>Eine Organisationseinheit schließt alle ihre Untereinheiten ein.</translation>
    </message>
    <message>
        <source>Employees with any of the included values are shared.</source>
        <translation>Mitarbeitende mit einem der eingeschlossenen Werte werden freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Share %1 out of %Ln employees</source>
        <translation>
            <numerusform>%1 von %Ln Mitarbeitenden freigeben</numerusform>
            <numerusform>%1 von %Ln Mitarbeitenden freigeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilteringPage</name>
    <message>
        <source>Employee filtering</source>
        <translation>Mitarbeitende filtern</translation>
    </message>
    <message>
        <source>Choose which employees to share. Only they are provisioned; you can change this later.</source>
        <translation>Wählen Sie aus, welche Mitarbeitenden freigegeben werden. Nur diese werden bereitgestellt; Sie können das später ändern.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Synchronizing the rules: reading users, groups and org units from %1…</source>
        <translation>Regeln werden synchronisiert: Benutzer, Gruppen und Organisationseinheiten werden aus %1 gelesen…</translation>
    </message>
    <message>
        <source>%1 users read</source>
        <translation>%1 Benutzer gelesen</translation>
    </message>
    <message>
        <source>%1 of %2 groups read</source>
        <translation>%1 von %2 Gruppen gelesen</translation>
    </message>
    <message>
        <source>The provider asked us to slow down; continuing shortly…</source>
        <translation>Der Anbieter hat um eine Pause gebeten; es geht gleich weiter…</translation>
    </message>
    <message>
        <source>Reading the directory was cancelled.</source>
        <translation>Das Lesen des Verzeichnisses wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Reauthorization</source>
        <translation>Erneute Autorisierung</translation>
    </message>
    <message>
        <source>The connection is authorized again; the synced users are brought up to date.</source>
        <translation>Die Verbindung ist wieder autorisiert; die synchronisierten Benutzer werden aktualisiert.</translation>
    </message>
    <message>
        <source>Employee Filtering</source>
        <translation>Mitarbeitende filtern</translation>
    </message>
    <message>
        <source>The chosen employees are now shared with the platform.</source>
        <translation>Die ausgewählten Mitarbeitenden sind jetzt für die Plattform freigegeben.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>The chosen employees are being shared with the platform.</source>
        <translation>Die ausgewählten Mitarbeitenden werden für die Plattform freigegeben.</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Die Synchronisierung wird gestoppt…</translation>
    </message>
    <message>
        <source>This may take several minutes for large directories. You can leave this window open; closing it does not undo anything.</source>
        <translation>Bei großen Verzeichnissen kann das einige Minuten dauern. Sie können dieses Fenster geöffnet lassen; das Schließen macht nichts rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Bringing the synced users up to date…</source>
        <translation>Die synchronisierten Benutzer werden aktualisiert…</translation>
    </message>
    <message>
        <source>Sharing employees…</source>
        <translation>Mitarbeitende werden freigegeben…</translation>
    </message>
    <message>
        <source>Reading the employees from your directory…</source>
        <translation>Mitarbeitende werden aus Ihrem Verzeichnis gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2 employees</source>
        <translation>%1 von %2 Mitarbeitenden</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Mitarbeitende</translation>
    </message>
    <message>
        <source>Reading group memberships…</source>
        <translation>Gruppenmitgliedschaften werden gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation>%1 von %2 Gruppen</translation>
    </message>
    <message>
        <source>Comparing with the employees already shared…</source>
        <translation>Abgleich mit den bereits freigegebenen Mitarbeitenden…</translation>
    </message>
    <message>
        <source>Saving the shared employees…</source>
        <translation>Freigegebene Mitarbeitende werden gespeichert…</translation>
    </message>
    <message>
        <source>The provider asked us to slow down; continuing shortly…</source>
        <translation>Der Anbieter hat um eine Pause gebeten; es geht gleich weiter…</translation>
    </message>
    <message>
        <source>Nothing changes until you confirm the removals.</source>
        <translation>Bis Sie die Entfernungen bestätigen, ändert sich nichts.</translation>
    </message>
    <message>
        <source>Reauthorization: Waiting for your confirmation</source>
        <translation>Erneute Autorisierung: Ihre Bestätigung wird benötigt</translation>
    </message>
    <message>
        <source>Employee Filtering: Waiting for your confirmation</source>
        <translation>Mitarbeitende filtern: Ihre Bestätigung wird benötigt</translation>
    </message>
    <message>
        <source>Reauthorization: Completed</source>
        <translation>Erneute Autorisierung: Abgeschlossen</translation>
    </message>
    <message>
        <source>Employee Filtering: Completed</source>
        <translation>Mitarbeitende filtern: Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employees are shared. They are kept up to date automatically.</source>
        <translation>
            <numerusform>%Ln Person ist freigegeben und wird automatisch aktuell gehalten.</numerusform>
            <numerusform>%Ln Mitarbeitende sind freigegeben und werden automatisch aktuell gehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reauthorization: Saved, the sync did not finish</source>
        <translation>Erneute Autorisierung: Gespeichert, die Synchronisierung ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Employee Filtering: Not finished</source>
        <translation>Mitarbeitende filtern: Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The chosen employees are not shared yet.</source>
        <translation>Die ausgewählten Mitarbeitenden sind noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Nothing was applied: the identity provider was disconnected meanwhile (from the command line, say). Connect it again from the panel to share employees.</source>
        <translation>Es wurde nichts übernommen: Die Verbindung zum Identitätsanbieter wurde inzwischen getrennt (zum Beispiel über die Befehlszeile). Verbinden Sie ihn im Hauptfenster erneut, um Mitarbeitende freizugeben.</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>Die Synchronisierung wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 The connection is saved; retry now or let the next scheduled sync finish the job.</source>
        <translation>%1 Die Verbindung ist gespeichert; wiederholen Sie den Vorgang jetzt oder lassen Sie die nächste geplante Synchronisierung die Arbeit abschließen.</translation>
    </message>
</context>
<context>
    <name>FinishSummary</name>
    <message>
        <source>Identity provider:</source>
        <translation>Identitätsanbieter:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Shared:</source>
        <translation>Freigegeben:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Next automatic sync:</source>
        <translation>Nächste automatische Synchronisierung:</translation>
    </message>
    <message>
        <source>To connect another provider: ⋮ menu → Disconnect, then connect again.</source>
        <translation>Anderen Anbieter verbinden: Menü ⋮ → Verbindung trennen, dann neu verbinden.</translation>
    </message>
    <message>
        <source>Change it: ⋮ menu → Reauthorize connection</source>
        <translation>Ändern: Menü ⋮ → Verbindung erneut autorisieren</translation>
    </message>
    <message>
        <source>Change it: ⋮ menu → Edit user filters</source>
        <translation>Ändern: Menü ⋮ → Benutzerfilter bearbeiten</translation>
    </message>
    <message>
        <source>Change it: ⋮ menu → Settings → Platform</source>
        <translation>Ändern: Menü ⋮ → Einstellungen → Plattform</translation>
    </message>
    <message>
        <source>Change it: “Sync every” in the panel, or ⋮ menu → Settings</source>
        <translation>Ändern: „Synchronisieren alle“ im Hauptfenster oder Menü ⋮ → Einstellungen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 employees shared</source>
        <translation>%1 von %2 Mitarbeitenden freigegeben</translation>
    </message>
    <message>
        <source>Not set up yet: the %1 shared employees stay in this app until you set the platform.</source>
        <translation>Noch nicht eingerichtet: Die %1 freigegebenen Mitarbeitenden bleiben in dieser App, bis Sie die Plattform festlegen.</translation>
    </message>
    <message>
        <source>%1 (the demo platform inside this app)</source>
        <translation>%1 (die Demoplattform in dieser App)</translation>
    </message>
    <message numerus="yes">
        <source>%1 now holds %Ln users</source>
        <translation>
            <numerusform>%1 enthält jetzt %Ln Benutzer</numerusform>
            <numerusform>%1 enthält jetzt %Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, then every %2 minutes</source>
        <translation>%1, danach alle %2 Minuten</translation>
    </message>
</context>
<context>
    <name>GoodToKnow</name>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Sync history chart</source>
        <translation>Diagramm des Synchronisierungsverlaufs</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Noch keine Synchronisierungen.</translation>
    </message>
    <message>
        <source>Runs shown: %1 (since %2)</source>
        <translation>Angezeigte Läufe: %1 (seit %2)</translation>
    </message>
    <message>
        <source>synced users now: %1 (after the first run shown: %2)</source>
        <translation>synchronisierte Benutzer jetzt: %1 (nach dem ersten angezeigten Lauf: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none held or failed</source>
        <translation>keiner angehalten oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>latest: %1</source>
        <translation>zuletzt: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln removals wait for your confirmation; nothing was applied.</source>
        <translation>
            <numerusform>%Ln Entfernung wartet auf Ihre Bestätigung; nichts wurde übernommen.</numerusform>
            <numerusform>%Ln Entfernungen warten auf Ihre Bestätigung; nichts wurde übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>Nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln synced users after this run</source>
        <translation>
            <numerusform>%Ln synchronisierter Benutzer nach diesem Lauf</numerusform>
            <numerusform>%Ln synchronisierte Benutzer nach diesem Lauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced users after each run (now %1)</source>
        <translation>Synchronisierte Benutzer nach jedem Lauf (jetzt %1)</translation>
    </message>
    <message>
        <source>Synced users after each run</source>
        <translation>Synchronisierte Benutzer nach jedem Lauf</translation>
    </message>
    <message>
        <source>Changes per run:</source>
        <translation>Änderungen je Lauf:</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>No syncs yet</source>
        <translation>Noch keine Synchronisierungen</translation>
    </message>
    <message>
        <source>Each sync shows here: a chart of the synced users and of each run's changes, and a list with when it ran, what started it, and how many users it added, updated and removed.</source>
        <translation>Hier erscheint jede Synchronisierung: ein Diagramm der synchronisierten Benutzer und der Änderungen jedes Laufs sowie eine Liste, wann er lief, was ihn auslöste und wie viele Benutzer er hinzugefügt, aktualisiert und entfernt hat.</translation>
    </message>
    <message>
        <source>Details of the selected run</source>
        <translation>Details des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Select a run to see its problems.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Probleme zu sehen.</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Admin-Aktionen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No admin actions yet. Connecting, changing the filters and disconnecting are listed here.</source>
        <translation>Noch keine Admin-Aktionen. Verbinden, Filteränderungen und das Trennen der Verbindung werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>Sync runs (newest first)</source>
        <translation>Synchronisierungsläufe (neueste zuerst)</translation>
    </message>
    <message>
        <source>Problems and errors of the selected run</source>
        <translation>Probleme und Fehler des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Synced users and changes per run</source>
        <translation>Synchronisierte Benutzer und Änderungen je Lauf</translation>
    </message>
    <message>
        <source>S&amp;ync runs</source>
        <translation>Synchronisierungs&amp;läufe</translation>
    </message>
    <message>
        <source>Admin actions (newest first)</source>
        <translation>Admin-Aktionen (neueste zuerst)</translation>
    </message>
    <message>
        <source>Admin a&amp;ctions</source>
        <translation>Admin-A&amp;ktionen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln removals wait for confirmation.</source>
        <translation>
            <numerusform>%Ln Entfernung wartet auf Bestätigung.</numerusform>
            <numerusform>%Ln Entfernungen warten auf Bestätigung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln employees need attention in the directory:</source>
        <translation>
            <numerusform>%Ln Person im Verzeichnis benötigt Ihre Aufmerksamkeit:</numerusform>
            <numerusform>%Ln Mitarbeitende im Verzeichnis benötigen Ihre Aufmerksamkeit:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not provisioned on the platform:</source>
        <translation>
            <numerusform>%Ln Eintrag nicht auf der Plattform bereitgestellt:</numerusform>
            <numerusform>%Ln Einträge nicht auf der Plattform bereitgestellt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln employees were skipped; who and why is no longer kept (only the newest run keeps it, and no run after a disconnect).</source>
        <translation>
            <numerusform>%Ln Person wurde übersprungen; wer und warum, ist nicht mehr gespeichert (nur der neueste Lauf behält es, und kein Lauf nach einer Trennung).</numerusform>
            <numerusform>%Ln Mitarbeitende wurden übersprungen; wer und warum, ist nicht mehr gespeichert (nur der neueste Lauf behält es, und kein Lauf nach einer Trennung).</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <comment>The code of this translation's language (ISO 639-1), e.g. de</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>An internal error occurred (%1). Details are in the log file.</source>
        <translation>Ein interner Fehler ist aufgetreten (%1). Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1 (%2).</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>Logos</name>
    <message>
        <source>%1 logo</source>
        <translation>%1-Logo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IdP Wizard — Demo</source>
        <translation>IdP Wizard — Demo</translation>
    </message>
    <message>
        <source>IdP Wizard</source>
        <translation>IdP Wizard</translation>
    </message>
    <message>
        <source>Showing the client %1.</source>
        <translation>Angezeigt wird der Kunde %1.</translation>
    </message>
    <message>
        <source>&amp;Reauthorize connection…</source>
        <translation>Verbindung erneut &amp;autorisieren…</translation>
    </message>
    <message>
        <source>&amp;Edit user filters…</source>
        <translation>Benutzerfilter &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>Verbindung &amp;trennen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>C&amp;lients…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <source>Resetting the demo…</source>
        <translation>Demo wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Removing the client…</source>
        <translation>Der Kunde wird entfernt…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected. %Ln synced users were removed.</source>
        <translation>
            <numerusform>Verbindung getrennt. %Ln synchronisierter Benutzer wurde entfernt.</numerusform>
            <numerusform>Verbindung getrennt. %Ln synchronisierte Benutzer wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the client %1 (%Ln synced users were removed).</source>
        <translation>
            <numerusform>Der Kunde %1 wurde entfernt (%Ln synchronisierter Benutzer wurde entfernt).</numerusform>
            <numerusform>Der Kunde %1 wurde entfernt (%Ln synchronisierte Benutzer wurden entfernt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln users to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was held: review the removals.</source>
        <translation>Die Synchronisierung wurde angehalten: Prüfen Sie die Entfernungen.</translation>
    </message>
    <message>
        <source>The directory changes were saved, but the platform did not get all of them (%1). They are sent by the next sync.</source>
        <translation>Die Änderungen aus dem Verzeichnis wurden gespeichert, aber die Plattform hat nicht alle erhalten (%1). Die nächste Synchronisierung sendet sie.</translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 updated, %3 removed.</source>
        <translation>Synchronisiert: %1 hinzugefügt, %2 aktualisiert, %3 entfernt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was applied.</source>
        <translation>Abgebrochen; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The scheduled sync was skipped: another sync was running.</source>
        <translation>Die geplante Synchronisierung wurde übersprungen: Eine andere Synchronisierung lief bereits.</translation>
    </message>
    <message>
        <source>An internal error stopped this operation; details are in the log.</source>
        <translation>Ein interner Fehler hat diesen Vorgang abgebrochen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The scheduled sync failed: %1</source>
        <translation>Die geplante Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>Vorgang fehlgeschlagen</translation>
    </message>
    <message>
        <source>synced-users.csv</source>
        <translation>synchronisierte-benutzer.csv</translation>
    </message>
    <message>
        <source>Export users as CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>MatchingModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>Search by name, e-mail or department…</source>
        <translation>Nach Name, E-Mail oder Abteilung suchen…</translation>
    </message>
    <message>
        <source>Search the matching employees</source>
        <translation>Passende Mitarbeitende durchsuchen</translation>
    </message>
    <message>
        <source>Employees matching the criteria</source>
        <translation>Mitarbeitende, die den Kriterien entsprechen</translation>
    </message>
</context>
<context>
    <name>OtherDevice</name>
    <message>
        <source>Cannot use a browser on this computer?</source>
        <translation>Kein Browser auf diesem Computer nutzbar?</translation>
    </message>
    <message>
        <source>Sign in on a phone or another computer instead: IdP Wizard shows a short code to enter there.</source>
        <translation>Melden Sie sich stattdessen auf einem Smartphone oder einem anderen Computer an: IdP Wizard zeigt einen kurzen Code, den Sie dort eingeben.</translation>
    </message>
    <message>
        <source>Sign in on &amp;another device</source>
        <translation>Auf einem &amp;anderen Gerät anmelden</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Needs reauthorization</source>
        <translation>Erneute Autorisierung nötig</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>kept as it was</source>
        <translation>unverändert beibehalten</translation>
    </message>
    <message>
        <source>synced, with a warning</source>
        <translation>synchronisiert, mit Warnung</translation>
    </message>
    <message>
        <source>not provisioned</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Manual (app)</source>
        <translation>Manuell (App)</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Filter change</source>
        <translation>Filteränderung</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Verbindung getrennt</translation>
    </message>
    <message>
        <source>Reauthorized</source>
        <translation>Erneut autorisiert</translation>
    </message>
    <message>
        <source>Changed the user filter</source>
        <translation>Benutzerfilter geändert</translation>
    </message>
    <message>
        <source>Confirmed removals</source>
        <translation>Entfernungen bestätigt</translation>
    </message>
    <message>
        <source>Simulated directory changes (demo)</source>
        <translation>Verzeichnisänderungen simuliert (Demo)</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Demo zurückgesetzt</translation>
    </message>
    <message>
        <source>Scheduled syncs set up</source>
        <translation>Geplante Synchronisierungen eingerichtet</translation>
    </message>
    <message>
        <source>Scheduled syncs removed</source>
        <translation>Geplante Synchronisierungen entfernt</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Kunde hinzugefügt</translation>
    </message>
    <message>
        <source>Client renamed</source>
        <translation>Kunde umbenannt</translation>
    </message>
    <message>
        <source>Set the platform</source>
        <translation>Plattform festgelegt</translation>
    </message>
    <message>
        <source>Removed the platform</source>
        <translation>Plattform entfernt</translation>
    </message>
    <message>
        <source>Changed the platform settings</source>
        <translation>Plattform-Einstellungen geändert</translation>
    </message>
    <message>
        <source>Disconnected: the users on the platform</source>
        <translation>Getrennt: die Benutzer auf der Plattform</translation>
    </message>
    <message>
        <source>Disconnected, keeping the users on the platform</source>
        <translation>Verbindung getrennt, Benutzer auf der Plattform behalten</translation>
    </message>
    <message>
        <source>%1 (demo tenant, %2 employees)</source>
        <translation>%1 (Demomandant, %2 Mitarbeitende)</translation>
    </message>
    <message>
        <source>%1; %2 synced users removed</source>
        <translation>%1; %2 synchronisierte Benutzer entfernt</translation>
    </message>
    <message>
        <source>%1 demo tenant</source>
        <translation>%1, Demomandant</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) of changes</source>
        <translation>
            <numerusform>%n Änderungsrunde</numerusform>
            <numerusform>%n Änderungsrunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, every %2 minutes</source>
        <translation>%1, alle %2 Minuten</translation>
    </message>
    <message numerus="yes">
        <source>Reading employees… %Ln read</source>
        <translation>
            <numerusform>Mitarbeitende werden gelesen… %Ln gelesen</numerusform>
            <numerusform>Mitarbeitende werden gelesen… %Ln gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading groups…</source>
        <translation>Gruppen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading organizational units…</source>
        <translation>Organisationseinheiten werden gelesen…</translation>
    </message>
    <message>
        <source>Comparing with the synced users…</source>
        <translation>Abgleich mit den synchronisierten Benutzern…</translation>
    </message>
    <message>
        <source>Saving changes…</source>
        <translation>Änderungen werden gespeichert…</translation>
    </message>
    <message>
        <source>The provider asked us to slow down; waiting…</source>
        <translation>Der Anbieter hat um eine Pause gebeten; bitte warten…</translation>
    </message>
    <message>
        <source>Sending changes to the platform…</source>
        <translation>Änderungen werden an die Plattform gesendet…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Name or e-mail address</source>
        <translation>Name oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Find people by name or e-mail address</source>
        <translation>Personen nach Name oder E-Mail-Adresse suchen</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>Person &amp;suchen:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>Always &amp;include</source>
        <translation>Immer &amp;einschließen</translation>
    </message>
    <message>
        <source>Always e&amp;xclude</source>
        <translation>Immer a&amp;usschließen</translation>
    </message>
    <message>
        <source>Always included</source>
        <translation>Immer eingeschlossen</translation>
    </message>
    <message>
        <source>Always excluded</source>
        <translation>Immer ausgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Always included&lt;/b&gt; (even outside the criteria)</source>
        <translation>&lt;b&gt;Immer eingeschlossen&lt;/b&gt; (auch außerhalb der Kriterien)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Always excluded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Immer ausgeschlossen&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Permissions requested</source>
        <translation>Angeforderte Berechtigungen</translation>
    </message>
    <message>
        <source>IdP Wizard never changes, adds or deletes anything in your directory.</source>
        <translation>IdP Wizard ändert, ergänzt oder löscht niemals etwas in Ihrem Verzeichnis.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Akzeptieren</translation>
    </message>
    <message>
        <source>IdP Wizard asks %1 for read-only access.</source>
        <translation>IdP Wizard bittet %1 um reinen Lesezugriff.</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2.</source>
        <translation>Angemeldet als %1 bei %2.</translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation>IdP Wizard kann dann:</translation>
    </message>
    <message>
        <source>Read all users' full profiles</source>
        <translation>die vollständigen Profile aller Benutzer lesen</translation>
    </message>
    <message>
        <source>Read group memberships</source>
        <translation>Gruppenmitgliedschaften lesen</translation>
    </message>
    <message>
        <source>Read directory role assignments, to check that you are a Global Administrator</source>
        <translation>Rollenzuweisungen im Verzeichnis lesen, um zu prüfen, ob Sie die Rolle „Globaler Administrator“ haben</translation>
    </message>
    <message>
        <source>View users, groups and org units</source>
        <translation>Benutzer, Gruppen und Organisationseinheiten ansehen</translation>
    </message>
    <message>
        <source>See your e-mail address, to check that you are a super administrator</source>
        <translation>Ihre E-Mail-Adresse sehen, um zu prüfen, ob Sie Super-Administrator sind</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>The connection to %1 works.</source>
        <translation>Die Verbindung zu %1 funktioniert.</translation>
    </message>
    <message>
        <source>Bulk (up to %1 operations)</source>
        <translation>Bulk (bis zu %1 Vorgängen)</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>The platform supports: %1.</source>
        <translation>Die Plattform unterstützt: %1.</translation>
    </message>
    <message>
        <source>The platform has no PATCH: changes are sent as a PUT of the whole user.</source>
        <translation>Die Plattform kennt kein PATCH: Änderungen werden als PUT des ganzen Benutzers gesendet.</translation>
    </message>
    <message>
        <source>The platform has no Bulk: new users are created one request at a time.</source>
        <translation>Die Plattform kennt kein Bulk: Neue Benutzer werden einzeln angelegt, eine Anfrage pro Benutzer.</translation>
    </message>
    <message>
        <source>Groups are pushed too.</source>
        <translation>Gruppen werden ebenfalls übertragen.</translation>
    </message>
    <message>
        <source>The platform has no groups: groups are not pushed.</source>
        <translation>Die Plattform kennt keine Gruppen: Gruppen werden nicht übertragen.</translation>
    </message>
    <message>
        <source>Not sent, because the platform does not declare them: %1.</source>
        <translation>Nicht gesendet, weil die Plattform sie nicht angibt: %1.</translation>
    </message>
</context>
<context>
    <name>PlatformBox</name>
    <message>
        <source>Platform (SCIM)</source>
        <translation>Plattform (SCIM)</translation>
    </message>
    <message>
        <source>&amp;Save platform</source>
        <translation>Plattform s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Deactivate removed employees on the platform instead of deleting them</source>
        <translation>Entfernte Mitarbeitende auf der Plattform deakti&amp;vieren statt löschen</translation>
    </message>
    <message>
        <source>Requests &amp;at once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Moving to another platform leaves the users on the old one where they are.</source>
        <translation>Beim Wechsel zu einer anderen Plattform bleiben die Benutzer auf der bisherigen, wo sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users stay on the previous platform, no longer managed.</source>
        <translation>
            <numerusform>%Ln Benutzer bleibt auf der bisherigen Plattform und wird nicht mehr verwaltet.</numerusform>
            <numerusform>%Ln Benutzer bleiben auf der bisherigen Plattform und werden nicht mehr verwaltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The token typed is not saved yet: press Save platform, or clear the token to keep the platform as it is.</source>
        <translation>Das eingegebene Token ist noch nicht gespeichert: Klicken Sie auf „Plattform speichern“ oder leeren Sie das Token, um die Plattform unverändert zu lassen.</translation>
    </message>
    <message>
        <source>The platform address typed is not saved yet: press Save platform, or put back the saved address to keep the platform as it is.</source>
        <translation>Die eingegebene Plattformadresse ist noch nicht gespeichert: Klicken Sie auf „Plattform speichern“ oder stellen Sie die gespeicherte Adresse wieder her, um die Plattform unverändert zu lassen.</translation>
    </message>
</context>
<context>
    <name>PlatformForm</name>
    <message>
        <source>SCIM base URL</source>
        <translation>SCIM-Basis-URL</translation>
    </message>
    <message>
        <source>SCIM token</source>
        <translation>SCIM-Token</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>SCIM base &amp;URL:</source>
        <translation>SCIM-Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new token to replace it</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Not needed: the demo platform runs inside this app</source>
        <translation>Nicht nötig: Die Demoplattform läuft in dieser App</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <source>The platform</source>
        <translation>Die Plattform</translation>
    </message>
    <message>
        <source>Where the shared employees are provisioned (SCIM 2.0).</source>
        <translation>Wo die freigegebenen Mitarbeitenden bereitgestellt werden (SCIM 2.0).</translation>
    </message>
    <message>
        <source>Enter the platform's SCIM base URL and an API token from its admin settings. The token is kept in this computer's keychain only.</source>
        <translation>Geben Sie die SCIM-Basis-URL der Plattform und ein API-Token aus deren Administrationseinstellungen ein. Das Token wird nur im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Use this platform</source>
        <translation>Diese Plattform &amp;verwenden</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>&amp;Später einrichten</translation>
    </message>
    <message>
        <source>Later: the shared employees stay in this app until a platform is set in the settings.</source>
        <translation>Später: Die freigegebenen Mitarbeitenden bleiben in dieser App, bis in den Einstellungen eine Plattform festgelegt ist.</translation>
    </message>
    <message>
        <source>Testing and saving the platform…</source>
        <translation>Die Plattform wird getestet und gespeichert…</translation>
    </message>
</context>
<context>
    <name>PlatformStatusLabel</name>
    <message>
        <source>Platform status</source>
        <translation>Plattformstatus</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Needs a new token</source>
        <translation>Neues Token nötig</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>No platform set: the %1 shared employees stay in this app. Set the platform in the settings.</source>
        <translation>Keine Plattform festgelegt: Die %1 freigegebenen Mitarbeitenden bleiben in dieser App. Legen Sie die Plattform in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>%1 (the demo platform inside this app)</source>
        <translation>%1 (die Demoplattform in dieser App)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln users on the platform</source>
        <translation>
            <numerusform>%1 · %2 · %Ln Benutzer auf der Plattform</numerusform>
            <numerusform>%1 · %2 · %Ln Benutzer auf der Plattform</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 refused by the platform (retried with every sync)</source>
        <translation>%1 warten auf das Senden, %2 von der Plattform abgelehnt (bei jeder Synchronisierung erneut versucht)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other users on the platform are not managed by this app and are never changed.</source>
        <translation>
            <numerusform>%Ln weiterer Benutzer auf der Plattform wird nicht von dieser App verwaltet und nie geändert.</numerusform>
            <numerusform>%Ln weitere Benutzer auf der Plattform werden nicht von dieser App verwaltet und nie geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Connect your identity provider</source>
        <translation>Identitätsanbieter verbinden</translation>
    </message>
    <message>
        <source>Choose where your employees are managed.</source>
        <translation>Wählen Sie aus, wo Ihre Mitarbeitenden verwaltet werden.</translation>
    </message>
    <message>
        <source>Employees, groups and departments from your Microsoft 365 tenant.</source>
        <translation>Mitarbeitende, Gruppen und Abteilungen aus Ihrem Microsoft-365-Mandanten.</translation>
    </message>
    <message>
        <source>Employees, groups and org units from your Google Workspace domain.</source>
        <translation>Mitarbeitende, Gruppen und Organisationseinheiten aus Ihrer Google-Workspace-Domäne.</translation>
    </message>
    <message>
        <source>&amp;Connect %1</source>
        <translation>%1 &amp;verbinden</translation>
    </message>
    <message>
        <source>C&amp;onnect %1</source>
        <translation>%1 v&amp;erbinden</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Only one identity provider can be connected at a time.</source>
        <translation>Es kann immer nur ein Identitätsanbieter verbunden sein.</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logo von %1</translation>
    </message>
    <message>
        <source>%1 is already connected. Disconnect it first to connect %2.</source>
        <translation>%1 ist bereits verbunden. Trennen Sie zuerst diese Verbindung, um %2 zu verbinden.</translation>
    </message>
</context>
<context>
    <name>RegistrationBox</name>
    <message>
        <source>App registration</source>
        <translation>App-Registrierung</translation>
    </message>
    <message>
        <source>Built-in registration</source>
        <translation>Integrierte Registrierung</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>Any tenant of the signed-in admin</source>
        <translation>Jeder Mandant des angemeldeten Administrators</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>US Government</source>
        <translation>US Government</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>&amp;Import client_secret.json…</source>
        <translation>client_secret.json &amp;importieren…</translation>
    </message>
    <message>
        <source>The demo needs no app registration; these settings apply to the real profile's sign-in.</source>
        <translation>Die Demo braucht keine App-Registrierung; diese Einstellungen gelten für die Anmeldung im echten Profil.</translation>
    </message>
    <message>
        <source>Entra client ID:</source>
        <translation>Entra-Client-ID:</translation>
    </message>
    <message>
        <source>Entra tenant:</source>
        <translation>Entra-Mandant:</translation>
    </message>
    <message>
        <source>Entra cloud:</source>
        <translation>Entra-Cloud:</translation>
    </message>
    <message>
        <source>Google client:</source>
        <translation>Google-Client:</translation>
    </message>
    <message>
        <source>Imported client %1</source>
        <translation>Importierter Client %1</translation>
    </message>
    <message>
        <source>Built-in registration active</source>
        <translation>Integrierte Registrierung aktiv</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Import Google OAuth client</source>
        <translation>Google-OAuth-Client importieren</translation>
    </message>
    <message>
        <source>Google client files (*.json)</source>
        <translation>Google-Client-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>organizations (any work account)</source>
        <translation>organizations (jedes Geschäftskonto)</translation>
    </message>
    <message>
        <source>Global (Microsoft Entra ID)</source>
        <translation>Global (Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>US Government</source>
        <translation>US Government</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>C&amp;hoose client_secret.json…</source>
        <translation>client_secret.json aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Anwendungs-ID (&amp;Client-ID):</translation>
    </message>
    <message>
        <source>&amp;Tenant ID or domain:</source>
        <translation>&amp;Mandanten-ID oder Domäne:</translation>
    </message>
    <message>
        <source>Clo&amp;ud:</source>
        <translation>Clo&amp;ud:</translation>
    </message>
    <message>
        <source>OAuth client:</source>
        <translation>OAuth-Client:</translation>
    </message>
    <message>
        <source>Choose the downloaded OAuth client file</source>
        <translation>Heruntergeladene OAuth-Client-Datei auswählen</translation>
    </message>
    <message>
        <source>OAuth client (*.json)</source>
        <translation>OAuth-Client (*.json)</translation>
    </message>
</context>
<context>
    <name>RegistrationHelp</name>
    <message>
        <source>Open the Microsoft Entra admin center and go to App registrations.</source>
        <translation>Öffnen Sie das Microsoft Entra Admin Center und gehen Sie zu „App-Registrierungen“.</translation>
    </message>
    <message>
        <source>Choose New registration, name it “IdP Wizard” and select “Accounts in this organizational directory only”.</source>
        <translation>Wählen Sie „Neue Registrierung“, nennen Sie sie „IdP Wizard“ und wählen Sie „Nur Konten in diesem Organisationsverzeichnis“.</translation>
    </message>
    <message>
        <source>Under Redirect URI choose “Public client/native” and enter http://localhost.</source>
        <translation>Wählen Sie unter „Umleitungs-URI“ die Option „Öffentlicher Client/nativ“ und geben Sie http://localhost ein.</translation>
    </message>
    <message>
        <source>Under Authentication, allow public client flows.</source>
        <translation>Erlauben Sie unter „Authentifizierung“ öffentliche Clientflows.</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID and enter it below.</source>
        <translation>Kopieren Sie die Anwendungs-ID (Client-ID) und geben Sie sie unten ein.</translation>
    </message>
    <message>
        <source>Download the client_secret.json file and choose it below.</source>
        <translation>Laden Sie die Datei client_secret.json herunter und wählen Sie sie unten aus.</translation>
    </message>
    <message>
        <source>Open the Google Cloud console and create or choose a project.</source>
        <translation>Öffnen Sie die Google Cloud Console und erstellen oder wählen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>Under API permissions, add the delegated Microsoft Graph permissions User.Read, User.Read.All and RoleManagement.Read.Directory (and GroupMember.Read.All to choose employees by group), then choose “Grant admin consent”.</source>
        <translation>Fügen Sie unter „API-Berechtigungen“ die delegierten Microsoft-Graph-Berechtigungen User.Read, User.Read.All und RoleManagement.Read.Directory hinzu (und GroupMember.Read.All, um Mitarbeitende nach Gruppen auszuwählen), und wählen Sie dann „Administratorzustimmung erteilen“.</translation>
    </message>
    <message>
        <source>Enable the Admin SDK API for the project.</source>
        <translation>Aktivieren Sie für das Projekt die Admin SDK API.</translation>
    </message>
    <message>
        <source>Under Credentials, create an OAuth client ID of type “Desktop app”.</source>
        <translation>Erstellen Sie unter „Anmeldedaten“ eine OAuth-Client-ID vom Typ „Desktop-App“.</translation>
    </message>
    <message>
        <source>How to register IdP Wizard:</source>
        <translation>So registrieren Sie IdP Wizard:</translation>
    </message>
</context>
<context>
    <name>RemovalsDialog</name>
    <message>
        <source>Review removals</source>
        <translation>Entfernungen prüfen</translation>
    </message>
    <message>
        <source>The last sync would remove %1 of the %2 synced users. Nothing has been removed yet. If these people really left or should no longer be shared, confirm; otherwise fix the directory or the user filters and sync again.</source>
        <translation>Die letzte Synchronisierung würde %1 der %2 synchronisierten Benutzer entfernen. Bisher wurde niemand entfernt. Wenn diese Personen tatsächlich ausgeschieden sind oder nicht mehr freigegeben werden sollen, bestätigen Sie; andernfalls korrigieren Sie das Verzeichnis oder die Benutzerfilter und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Users that would be removed</source>
        <translation>Benutzer, die entfernt würden</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln users and sync</source>
        <translation>
            <numerusform>%Ln Benutzer &amp;entfernen und synchronisieren</numerusform>
            <numerusform>%Ln Benutzer &amp;entfernen und synchronisieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveClientDialog</name>
    <message>
        <source>Remove client %1</source>
        <translation>Kunde %1 entfernen</translation>
    </message>
    <message>
        <source>Remove the client %1?</source>
        <translation>Den Kunden %1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 is disconnected first: all %Ln synced users are permanently removed. They lose access to the platform and are removed from all ongoing trainings.</source>
        <translation>
            <numerusform>Die Verbindung zu %1 wird zuerst getrennt: Der %Ln synchronisierte Benutzer wird endgültig entfernt. Damit verliert er den Zugang zur Plattform und wird aus allen laufenden Schulungen entfernt.</numerusform>
            <numerusform>Die Verbindung zu %1 wird zuerst getrennt: Alle %Ln synchronisierten Benutzer werden endgültig entfernt. Damit verlieren sie den Zugang zur Plattform und werden aus allen laufenden Schulungen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client's filter, sync history, audit log and settings are deleted and its sign-in is removed from the keychain. Other clients are not affected. This cannot be undone.</source>
        <translation>Filter, Synchronisierungsverlauf, Admin-Aktionen und Einstellungen des Kunden werden gelöscht, seine Anmeldung wird aus dem Schlüsselbund entfernt. Andere Kunden sind nicht betroffen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>I &amp;understand that %Ln synced users will be permanently removed.</source>
        <translation>
            <numerusform>Ich &amp;verstehe, dass %Ln synchronisierter Benutzer endgültig entfernt wird.</numerusform>
            <numerusform>Ich &amp;verstehe, dass %Ln synchronisierte Benutzer endgültig entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove client</source>
        <translation>Kunde &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>Hold a sync that removes more than &amp;this share:</source>
        <translation>Synchronisierung anhalten, wenn sie mehr als &amp;diesen Anteil entfernt:</translation>
    </message>
    <message>
        <source>…and more than this &amp;number of users:</source>
        <translation>…und mehr als diese &amp;Anzahl Benutzer:</translation>
    </message>
    <message>
        <source>A held sync applies nothing until you review and confirm the removals.</source>
        <translation>Eine angehaltene Synchronisierung übernimmt nichts, bis Sie die Entfernungen geprüft und bestätigt haben.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Takes effect when IdP Wizard is restarted.</source>
        <translation>Wird beim nächsten Start von IdP Wizard wirksam.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>E&amp;xport diagnostics…</source>
        <translation>Diagnosedaten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Data and support</source>
        <translation>Daten und Support</translation>
    </message>
    <message>
        <source>Data folder (database and logs):</source>
        <translation>Datenordner (Datenbank und Protokolle):</translation>
    </message>
    <message>
        <source>The diagnostics file holds the logs, the sync history and the settings, with e-mail addresses, names and tokens removed.</source>
        <translation>Die Diagnosedatei enthält die Protokolle, den Synchronisierungsverlauf und die Einstellungen – ohne E-Mail-Adressen, Namen und Token.</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Diagnosedaten exportieren</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect an identity provider</source>
        <translation>Identitätsanbieter verbinden</translation>
    </message>
    <message>
        <source>Reauthorize the connection</source>
        <translation>Verbindung erneut autorisieren</translation>
    </message>
    <message>
        <source>Edit user filters</source>
        <translation>Benutzerfilter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Stop the sync? The connection stays saved.</source>
        <translation>Synchronisierung stoppen? Die Verbindung bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Stop and cancel the setup? Nothing will be saved.</source>
        <translation>Einrichtung stoppen und abbrechen? Es wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Cancel sign-&amp;in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancelling the sign-in…</source>
        <translation>Die Anmeldung wird abgebrochen…</translation>
    </message>
    <message>
        <source>Use a different app &amp;registration…</source>
        <translation>Andere App-&amp;Registrierung verwenden…</translation>
    </message>
    <message>
        <source>The synced users and the user filters stay as they are.</source>
        <translation>Die synchronisierten Benutzer und die Benutzerfilter bleiben unverändert.</translation>
    </message>
    <message>
        <source>Nothing is saved until you share employees: Cancel leaves nothing behind.</source>
        <translation>Nichts wird gespeichert, bevor Sie Mitarbeitende freigeben: Abbrechen hinterlässt nichts.</translation>
    </message>
    <message>
        <source>Read-only: IdP Wizard never changes, adds or deletes anything in your directory.</source>
        <translation>Nur Lesezugriff: IdP Wizard ändert, ergänzt oder löscht nie etwas in Ihrem Verzeichnis.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer's keychain only, never in a file.</source>
        <translation>Ihre Anmeldung wird nur im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in as an administrator so IdP Wizard can read your directory.</source>
        <translation>Melden Sie sich als Administrator an, damit IdP Wizard Ihr Verzeichnis lesen kann.</translation>
    </message>
    <message>
        <source>Use an account with the Global Administrator role in Microsoft Entra ID.</source>
        <translation>Verwenden Sie ein Konto mit der Rolle „Globaler Administrator“ in Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Mit Microsoft anmelden</translation>
    </message>
    <message>
        <source>Use a Google Workspace super administrator account.</source>
        <translation>Verwenden Sie ein Super-Administrator-Konto von Google Workspace.</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Über Google anmelden</translation>
    </message>
    <message>
        <source>Demo mode: the sign-in is simulated. No browser opens and nothing leaves this computer.</source>
        <translation>Demomodus: Die Anmeldung wird simuliert. Es öffnet sich kein Browser, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Your web browser opens for the sign-in. Come back here when it says you can close it.</source>
        <translation>Für die Anmeldung öffnet sich Ihr Webbrowser. Kehren Sie hierher zurück, sobald er meldet, dass Sie ihn schließen können.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation>Warten auf den Abschluss der Anmeldung in Ihrem Browser…</translation>
    </message>
    <message>
        <source>Signing in to the demo tenant…</source>
        <translation>Anmeldung beim Demomandanten…</translation>
    </message>
    <message>
        <source>Preparing a code to sign in on another device…</source>
        <translation>Code für die Anmeldung auf einem anderen Gerät wird vorbereitet…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code and sign in on the other device…</source>
        <translation>Warten, bis Sie den Code eingeben und sich auf dem anderen Gerät anmelden…</translation>
    </message>
    <message>
        <source>Sign-in cancelled. You can sign in again.</source>
        <translation>Anmeldung abgebrochen. Sie können sich erneut anmelden.</translation>
    </message>
    <message>
        <source>IdP Wizard has no app registration for this provider yet. Register one as described below, then enter it and sign in again.</source>
        <translation>IdP Wizard hat noch keine App-Registrierung für diesen Anbieter. Registrieren Sie eine wie unten beschrieben, geben Sie sie ein und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>StepMap</name>
    <message>
        <source>Employee filtering: Completed</source>
        <translation>Mitarbeitende filtern: Abgeschlossen</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Benutzerdaten</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Employee filtering</source>
        <translation>Mitarbeitende filtern</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (%4)</source>
        <translation>Schritt %1 von %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The scheduled sync was skipped: the connection needs reauthorization.</source>
        <translation>Die geplante Synchronisierung wurde übersprungen: Die Verbindung muss erneut autorisiert werden.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>No identity provider is connected.</source>
        <translation>Es ist kein Identitätsanbieter verbunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>+%1 ~%2 -%3</source>
        <translation>+%1 ~%2 -%3</translation>
    </message>
    <message>
        <source>Last sync %1: %2 (%3)</source>
        <translation>Letzte Synchronisierung %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Sync held</source>
        <translation>Synchronisierung angehalten</translation>
    </message>
    <message>
        <source>A sync would remove many users; nothing was applied. Open IdP Wizard to review the removals.</source>
        <translation>Eine Synchronisierung würde viele Benutzer entfernen; nichts wurde übernommen. Öffnen Sie IdP Wizard, um die Entfernungen zu prüfen.</translation>
    </message>
    <message>
        <source>Reauthorization needed</source>
        <translation>Erneute Autorisierung erforderlich</translation>
    </message>
    <message>
        <source>The connection to %1 needs to be reauthorized; scheduled syncs are paused and the synced users are kept.</source>
        <translation>Die Verbindung zu %1 muss erneut autorisiert werden; geplante Synchronisierungen sind pausiert, und die synchronisierten Benutzer bleiben erhalten.</translation>
    </message>
    <message>
        <source>Scheduled sync failed</source>
        <translation>Geplante Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 The synced users are kept.</source>
        <translation>Es wurde nichts geändert: %1 Die synchronisierten Benutzer bleiben erhalten.</translation>
    </message>
    <message>
        <source>Platform not up to date</source>
        <translation>Plattform nicht auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>The sync was saved, but the platform does not hold all of it yet: %1</source>
        <translation>Die Synchronisierung wurde gespeichert, aber die Plattform enthält noch nicht alles davon: %1</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Letzte Synchronisierung %1: %2</translation>
    </message>
    <message>
        <source>Scheduled sync of %1 failed</source>
        <translation>Geplante Synchronisierung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync of %1 held</source>
        <translation>Synchronisierung von %1 angehalten</translation>
    </message>
    <message>
        <source>Platform of %1 not up to date</source>
        <translation>Plattform von %1 nicht auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Open IdP Wizard</source>
        <translation>IdP Wizard öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>UserManagementPanel</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Comes from the identity provider; it cannot be changed here</source>
        <translation>Stammt vom Identitätsanbieter und kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>Warning from the last sync: %1</source>
        <translation>Warnung aus der letzten Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Name, e-mail or department</source>
        <translation>Name, E-Mail oder Abteilung</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Only &amp;failed on the platform</source>
        <translation>Nur &amp;fehlgeschlagene zeigen</translation>
    </message>
    <message>
        <source>Show only the users the platform refused, with the reason</source>
        <translation>Nur die Benutzer zeigen, die die Plattform abgelehnt hat, mit dem Grund</translation>
    </message>
    <message>
        <source>Synced users</source>
        <translation>Synchronisierte Benutzer</translation>
    </message>
    <message>
        <source>C&amp;lear the search</source>
        <translation>Suche &amp;leeren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln synced users…</source>
        <translation>
            <numerusform>%Ln synchronisierter Benutzer wird geladen…</numerusform>
            <numerusform>%Ln synchronisierte Benutzer werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The list appears here in a moment; everything else in this window works meanwhile.</source>
        <translation>Die Liste erscheint hier gleich; alles andere in diesem Fenster können Sie währenddessen schon nutzen.</translation>
    </message>
    <message>
        <source>The synced users could not be read</source>
        <translation>Die synchronisierten Benutzer konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 They are read again after the next sync.</source>
        <translation>%1 Die synchronisierten Benutzer werden nach der nächsten Synchronisierung erneut gelesen.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <source>Search unavailable</source>
        <translation>Suche nicht verfügbar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>%1 (not up to date)</source>
        <translation>%1 (nicht aktuell)</translation>
    </message>
    <message>
        <source>No synced users yet</source>
        <translation>Noch keine synchronisierten Benutzer</translation>
    </message>
    <message>
        <source>The shared employees are listed here after the first sync.</source>
        <translation>Die freigegebenen Mitarbeitenden erscheinen hier nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>No users match “%1”</source>
        <translation>Keine Benutzer passen zu „%1“</translation>
    </message>
    <message>
        <source>Search by part of a name, an e-mail address or a department.</source>
        <translation>Suchen Sie nach einem Teil eines Namens, einer E-Mail-Adresse oder einer Abteilung.</translation>
    </message>
    <message>
        <source>No user was refused by the platform</source>
        <translation>Die Plattform hat keinen Benutzer abgelehnt</translation>
    </message>
    <message>
        <source>Every synced user the platform received is provisioned.</source>
        <translation>Jeder synchronisierte Benutzer, den die Plattform erhalten hat, ist bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>ValuePicker</name>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Clear the %1 to exclude</source>
        <translation>Auswahl der auszuschließenden %1 leeren</translation>
    </message>
    <message>
        <source>Search the %1 to exclude</source>
        <translation>Auszuschließende %1 durchsuchen</translation>
    </message>
    <message>
        <source>%1 to exclude</source>
        <translation>%1 zum Ausschließen</translation>
    </message>
    <message>
        <source>Clear the %1 to include</source>
        <translation>Auswahl der einzuschließenden %1 leeren</translation>
    </message>
    <message>
        <source>Search the %1 to include</source>
        <translation>Einzuschließende %1 durchsuchen</translation>
    </message>
    <message>
        <source>%1 to include</source>
        <translation>%1 zum Einschließen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>%1 durchsuchen…</translation>
    </message>
    <message>
        <source>(%1 chosen)</source>
        <translation>(%1 ausgewählt)</translation>
    </message>
</context>
<context>
    <name>WizardHost</name>
    <message>
        <source>Setup wizard unavailable</source>
        <translation>Einrichtungsassistent nicht verfügbar</translation>
    </message>
    <message>
        <source>The setup wizard is missing from this installation.</source>
        <translation>Der Einrichtungsassistent fehlt in dieser Installation.</translation>
    </message>
</context>
</TS>
