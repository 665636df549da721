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
    <message>
        <source>+%1 employees will be added, %2 will be removed</source>
        <translation>+%1 Mitarbeitende werden hinzugefügt, %2 werden entfernt</translation>
    </message>
    <message>
        <source>The details of %1 employees will be updated.</source>
        <translation>Die Angaben von %1 Mitarbeitenden werden aktualisiert.</translation>
    </message>
    <message>
        <source>Show the employees to &amp;add</source>
        <translation>Hinzuzufügende Mitarbeitende &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show the employees to &amp;remove</source>
        <translation>Zu entfernende Mitarbeitende anzeigen (&amp;E)</translation>
    </message>
    <message>
        <source>Removed employees lose access to the platform and are removed from all ongoing trainings.</source>
        <translation>Entfernte Mitarbeitende verlieren den Zugang zur Plattform und werden aus allen laufenden Schulungen entfernt.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>ConnectionHeader</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>Aktionen für die Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connect an identity provider…</source>
        <translation>Identitätsanbieter &amp;verbinden…</translation>
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
        <source>No identity provider connected</source>
        <translation>Kein Identitätsanbieter verbunden</translation>
    </message>
    <message>
        <source>Connect Microsoft Entra ID or Google Workspace to choose which employees to share with the platform.</source>
        <translation>Verbinden Sie Microsoft Entra ID oder Google Workspace, um auszuwählen, welche Mitarbeitenden für die Plattform freigegeben werden.</translation>
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
            <numerusform>%Ln von der App bereitgestellter Benutzer ist noch auf der Plattform: Sie war beim Trennen der Verbindung nicht erreichbar. Entfernen Sie ihn jetzt, sonst bleibt er dort.</numerusform>
            <numerusform>%Ln von der App bereitgestellte Benutzer sind noch auf der Plattform: Sie war beim Trennen der Verbindung nicht erreichbar. Entfernen Sie sie jetzt, sonst bleiben sie dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change of the user filters waits for your confirmation: %1. It would remove %2 of %3 users. Until you confirm it, the current filters stay in force.</source>
        <translation>Eine Änderung der Benutzerfilter wartet auf Ihre Bestätigung: %1. Sie würde %2 von %3 Benutzern entfernen. Bis Sie sie bestätigen, gelten die aktuellen Filter weiter.</translation>
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
        <translation>%1 — %2: %3 hinzugefügt, %4 aktualisiert, %5 entfernt</translation>
    </message>
    <message>
        <source>%1 — %2: the directory changes were saved; the platform did not get all of them (%3 wait for the next sync)</source>
        <translation>%1 — %2: Die Änderungen aus dem Verzeichnis wurden gespeichert; die Plattform hat nicht alle erhalten (%3 warten auf die nächste Synchronisierung)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Paused until the connection is reauthorized</source>
        <translation>Pausiert, bis die Verbindung erneut autorisiert ist</translation>
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
        <translation>&amp;Organisation: Abteilung, Position, Firma und Vorgesetzte</translation>
    </message>
    <message>
        <source>&amp;Location: office and country</source>
        <translation>&amp;Standort: Büro und Land</translation>
    </message>
    <message>
        <source>L&amp;anguage: the employee&apos;s preferred language</source>
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
        <translation>Im Demoverzeichnis gab es einen Neuzugang, einen Abgang und einen Wechsel; die nächste Synchronisierung übernimmt sie.</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the demo? The demo connection and all its synced users are forgotten, as if it had never been connected.</source>
        <translation>Demo zurücksetzen? Die Demoverbindung und alle ihre synchronisierten Benutzer werden vergessen, als wäre sie nie verbunden gewesen.</translation>
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
        <translation>Jetzt einen Neuzugang, einen Abgang und einen Wechsel im Demoverzeichnis auslösen; die nächste Synchronisierung übernimmt sie.</translation>
    </message>
    <message>
        <source>Reset &amp;demo…</source>
        <translation>&amp;Demo zurücksetzen…</translation>
    </message>
    <message>
        <source>Forget the demo connection and its users, as if it had never been connected.</source>
        <translation>Die Demoverbindung und ihre Benutzer vergessen, als wäre sie nie verbunden gewesen.</translation>
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
            <numerusform>Der %Ln synchronisierte Benutzer wird endgültig entfernt. Er verliert den Zugang zur Plattform und wird aus allen laufenden Schulungen entfernt. Dies kann nicht rückgängig gemacht werden; bei einer späteren erneuten Verbindung wird er als neuer Benutzer angelegt.</numerusform>
            <numerusform>Alle %Ln synchronisierten Benutzer werden endgültig entfernt. Sie verlieren den Zugang zur Plattform und werden aus allen laufenden Schulungen entfernt. Dies kann nicht rückgängig gemacht werden; bei einer späteren erneuten Verbindung werden sie als neue Benutzer angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them on the platform instead (forget them here only)</source>
        <translation>Stattdessen auf der Plattform &amp;behalten (nur hier vergessen)</translation>
    </message>
    <message>
        <source>The users stay on the platform, no longer managed by this app. This is recorded in the audit log.</source>
        <translation>Die Benutzer bleiben auf der Plattform und werden nicht mehr von dieser App verwaltet. Das wird im Verlauf der Admin-Aktionen vermerkt.</translation>
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
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <source>&amp;Matching employees</source>
        <translation>&amp;Passende Mitarbeitende</translation>
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
    <message>
        <source>%1 (%2 employees, including its sub-units)</source>
        <translation>%1 (%2 Mitarbeitende, einschließlich Untereinheiten)</translation>
    </message>
    <message>
        <source>%1 (%2 employees)</source>
        <translation>%1 (%2 Mitarbeitende)</translation>
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
        <translation>E-Mail-Domains</translation>
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
        <translation>E-Mail-Domains</translation>
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
    <message>
        <source>Share %1 out of %2 employees</source>
        <translation>%1 von %2 Mitarbeitenden freigeben</translation>
    </message>
</context>
<context>
    <name>FilterSummary</name>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>in the group %1</source>
        <translation>in der Gruppe %1</translation>
    </message>
    <message>
        <source>located in %1</source>
        <translation>am Standort %1</translation>
    </message>
    <message>
        <source>in the country %1</source>
        <translation>im Land %1</translation>
    </message>
    <message>
        <source>working for %1</source>
        <translation>bei %1 beschäftigt</translation>
    </message>
    <message>
        <source>working as %1</source>
        <translation>tätig als %1</translation>
    </message>
    <message>
        <source>in the org unit %1</source>
        <translation>in der Organisationseinheit %1</translation>
    </message>
    <message>
        <source>with an address at %1</source>
        <translation>mit einer Adresse bei %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 or %n more</source>
        <translation>
            <numerusform>%1 oder %n weiterer</numerusform>
            <numerusform>%1 oder %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Employees %1</source>
        <translation>Mitarbeitende %1</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>Alle Mitarbeitenden</translation>
    </message>
    <message>
        <source>%1, plus %2</source>
        <translation>%1, zusätzlich %2</translation>
    </message>
    <message>
        <source>%1, except %2</source>
        <translation>%1, außer %2</translation>
    </message>
    <message>
        <source>%1, excluding guests and disabled accounts</source>
        <translation>%1, ohne Gäste und deaktivierte Konten</translation>
    </message>
    <message>
        <source>%1, excluding guests</source>
        <translation>%1, ohne Gäste</translation>
    </message>
    <message>
        <source>%1, excluding disabled accounts</source>
        <translation>%1, ohne deaktivierte Konten</translation>
    </message>
    <message>
        <source>%1, including guests and disabled accounts</source>
        <translation>%1, einschließlich Gästen und deaktivierten Konten</translation>
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
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Employee Filtering</source>
        <translation>Mitarbeitende filtern</translation>
    </message>
    <message>
        <source>The chosen employees are now shared with the platform.</source>
        <translation>Die ausgewählten Mitarbeitenden werden jetzt für die Plattform freigegeben.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>This may take several minutes for large directories. You can leave this window open; closing it does not undo anything.</source>
        <translation>Bei großen Verzeichnissen kann das einige Minuten dauern. Sie können dieses Fenster geöffnet lassen; Schließen macht nichts rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
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
    <message>
        <source>%1 employees are shared. They are kept up to date automatically.</source>
        <translation>%1 Mitarbeitende sind freigegeben. Sie werden automatisch aktuell gehalten.</translation>
    </message>
    <message>
        <source>Employee Filtering: Not finished</source>
        <translation>Mitarbeitende filtern: Nicht abgeschlossen</translation>
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
        <source>Sync runs (newest first)</source>
        <translation>Synchronisierungsläufe (neueste zuerst)</translation>
    </message>
    <message>
        <source>Problems and errors of the selected run</source>
        <translation>Probleme und Fehler des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Admin actions (newest first)</source>
        <translation>Admin-Aktionen (neueste zuerst)</translation>
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
            <numerusform>%Ln Eintrag im Verzeichnis braucht Ihre Aufmerksamkeit:</numerusform>
            <numerusform>%Ln Einträge im Verzeichnis brauchen Ihre Aufmerksamkeit:</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
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
            <numerusform>%n Runde Änderungen</numerusform>
            <numerusform>%n Runden Änderungen</numerusform>
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
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation>IdP Wizard kann dann:</translation>
    </message>
    <message>
        <source>Read all users&apos; full profiles</source>
        <translation>die vollständigen Profile aller Benutzer lesen</translation>
    </message>
    <message>
        <source>Read group memberships</source>
        <translation>Gruppenmitgliedschaften lesen</translation>
    </message>
    <message>
        <source>Read directory role assignments, to check that you are a Global Administrator</source>
        <translation>Rollenzuweisungen im Verzeichnis lesen, um zu prüfen, dass Sie die Rolle „Globaler Administrator“ haben</translation>
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
        <translation>Bulk (bis zu %1 Vorgänge)</translation>
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
    <message>
        <source>%1 users stay on the previous platform, no longer managed.</source>
        <translation>%1 Benutzer bleiben auf der bisherigen Plattform und werden nicht mehr verwaltet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
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
        <source>Enter the platform&apos;s SCIM base URL and an API token from its admin settings. The token is kept in this computer&apos;s keychain only.</source>
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
    <message>
        <source>%1 · %2 · %3 users on the platform</source>
        <translation>%1 · %2 · %3 Benutzer auf der Plattform</translation>
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
        <translation>Mitarbeitende, Gruppen und Abteilungen aus Ihrem Microsoft 365-Mandanten.</translation>
    </message>
    <message>
        <source>Employees, groups and org units from your Google Workspace domain.</source>
        <translation>Mitarbeitende, Gruppen und Organisationseinheiten aus Ihrer Google Workspace-Domain.</translation>
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
        <translation>Mandant des angemeldeten Kontos</translation>
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
        <source>The demo needs no app registration; these settings apply to the real profile&apos;s sign-in.</source>
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
        <translation>&amp;Mandanten-ID oder Domain:</translation>
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
        <source>Under API permissions, add the delegated Microsoft Graph permissions User.Read.All, GroupMember.Read.All and RoleManagement.Read.Directory, then choose “Grant admin consent”.</source>
        <translation>Fügen Sie unter „API-Berechtigungen“ die delegierten Microsoft Graph-Berechtigungen User.Read.All, GroupMember.Read.All und RoleManagement.Read.Directory hinzu und wählen Sie dann „Administratorzustimmung erteilen“.</translation>
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
        <translation>Die Diagnosedatei enthält die Protokolle, den Synchronisierungsverlauf und die Einstellungen – ohne E-Mail-Adressen, Namen und Tokens.</translation>
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
        <source>%1 is one of IdP Wizard&apos;s own files or folders; choose another file.</source>
        <translation>%1 ist eine eigene Datei oder ein eigener Ordner von IdP Wizard; bitte wählen Sie eine andere Datei.</translation>
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
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in on &amp;another device</source>
        <translation>Auf einem &amp;anderen Gerät anmelden</translation>
    </message>
    <message>
        <source>Cancel sign-&amp;in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Use a different app &amp;registration…</source>
        <translation>Andere App-&amp;Registrierung verwenden…</translation>
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
        <source>Use a Google Workspace super administrator account.</source>
        <translation>Verwenden Sie ein Super-Administrator-Konto von Google Workspace.</translation>
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
        <source>&amp;Sign in again</source>
        <translation>Erneut &amp;anmelden</translation>
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
        <source>Sign-in cancelled. You can sign in again.</source>
        <translation>Anmeldung abgebrochen. Sie können sich erneut anmelden.</translation>
    </message>
    <message>
        <source>IdP Wizard has no app registration for this provider yet. Register one as described below, then enter it and sign in again.</source>
        <translation>IdP Wizard hat noch keine App-Registrierung für diesen Anbieter. Registrieren Sie eine wie unten beschrieben, geben Sie sie ein und melden Sie sich erneut an.</translation>
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
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Search by name, e-mail or department</source>
        <translation>Nach Name, E-Mail oder Abteilung suchen</translation>
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
