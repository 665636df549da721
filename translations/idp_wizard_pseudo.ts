<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ChangePreviewDialog</name>
    <message>
      <source>Confirm the filter change</source>
      <translation>[!! Çöñfîrm thé fîltér çhåñgé ~~~ !!]</translation>
    </message>
    <message>
      <source>Nothing changes: the same employees stay shared.</source>
      <translation>[!! Ñöthîñg çhåñgéš: thé šåmé émplöýééš štåý šhåréd. ~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>+%1 employees will be added, %2 will be removed</source>
      <translation>[!! +%1 émplöýééš wîll bé åddéd, %2 wîll bé rémövéd ~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The details of %1 employees will be updated.</source>
      <translation>[!! Thé détåîlš öf %1 émplöýééš wîll bé ûpdåtéd. ~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Show the employees to &amp;add</source>
      <translation>[!! Šhöw thé émplöýééš tö &amp;ådd ~~~~ !!]</translation>
    </message>
    <message>
      <source>Show the employees to &amp;remove</source>
      <translation>[!! Šhöw thé émplöýééš tö &amp;rémövé ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Removed employees lose access to the platform and are removed from all ongoing trainings.</source>
      <translation>[!! Rémövéd émplöýééš löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Confirm</source>
      <translation>[!! &amp;Çöñfîrm ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>ClientBar</name>
    <message>
      <source>C&amp;lient:</source>
      <translation>[!! Ç&amp;lîéñt: ~ !!]</translation>
    </message>
    <message>
      <source>All &amp;clients</source>
      <translation>[!! Åll &amp;çlîéñtš ~ !!]</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>[!! %1 (%2) ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Clients</name>
    <message>
      <source>Review removals</source>
      <translation>[!! Révîéw rémövålš ~ !!]</translation>
    </message>
    <message>
      <source>Reauthorize</source>
      <translation>[!! Réåûthörîžé ~ !!]</translation>
    </message>
    <message>
      <source>Sync failed</source>
      <translation>[!! Šýñç fåîléd ~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>[!! %1 — %2 ~ !!]</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>[!! Påûšéd ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>ClientsHost</name>
    <message>
      <source>Client unavailable</source>
      <translation>[!! Çlîéñt ûñåvåîlåblé ~ !!]</translation>
    </message>
    <message>
      <source>Add client</source>
      <translation>[!! Ådd çlîéñt ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Name of the new client (the customer organisation):</source>
      <translation>[!! &amp;Ñåmé öf thé ñéw çlîéñt (thé çûštömér örgåñîšåtîöñ): ~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Rename client</source>
      <translation>[!! Réñåmé çlîéñt ~ !!]</translation>
    </message>
    <message>
      <source>&amp;New name:</source>
      <translation>[!! &amp;Ñéw ñåmé: ~ !!]</translation>
    </message>
    <message>
      <source>The scheduled sync of %1 was held: review its removals.</source>
      <translation>[!! Thé šçhédûléd šýñç öf %1 wåš héld: révîéw îtš rémövålš. ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The scheduled sync of %1 failed.</source>
      <translation>[!! Thé šçhédûléd šýñç öf %1 fåîléd. ~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>ClientsOverview</name>
    <message>
      <source>Clients</source>
      <translation>[!! Çlîéñtš ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Add client…</source>
      <translation>[!! &amp;Ådd çlîéñt… ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>[!! &amp;Öpéñ ~ !!]</translation>
    </message>
    <message>
      <source>Re&amp;name…</source>
      <translation>[!! Ré&amp;ñåmé… ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Remove client…</source>
      <translation>[!! &amp;Rémövé çlîéñt… ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Back to the client</source>
      <translation>[!! &amp;Båçk tö thé çlîéñt ~ !!]</translation>
    </message>
    <message>
      <source>Clients: %1</source>
      <translation>[!! Çlîéñtš: %1 ~ !!]</translation>
    </message>
    <message>
      <source>%1. Needing attention: %2 (marked ⚠)</source>
      <translation>[!! %1. Ñéédîñg åttéñtîöñ: %2 (mårkéd ⚠) ~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>ClientsTableModel</name>
    <message>
      <source>Client</source>
      <translation>[!! Çlîéñt ~ !!]</translation>
    </message>
    <message>
      <source>Identity provider</source>
      <translation>[!! Îdéñtîtý prövîdér ~ !!]</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>[!! Plåtförm ~ !!]</translation>
    </message>
    <message>
      <source>Synced users</source>
      <translation>[!! Šýñçéd ûšérš ~ !!]</translation>
    </message>
    <message>
      <source>Last sync</source>
      <translation>[!! Låšt šýñç ~ !!]</translation>
    </message>
    <message>
      <source>Next sync</source>
      <translation>[!! Ñéxt šýñç ~ !!]</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>[!! Åttéñtîöñ ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>ConnectionHeader</name>
    <message>
      <source>Connection status</source>
      <translation>[!! Çöññéçtîöñ štåtûš ~ !!]</translation>
    </message>
    <message>
      <source>Connection actions</source>
      <translation>[!! Çöññéçtîöñ åçtîöñš ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Connect an identity provider…</source>
      <translation>[!! &amp;Çöññéçt åñ îdéñtîtý prövîdér… ~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Review removals…</source>
      <translation>[!! &amp;Révîéw rémövålš… ~ !!]</translation>
    </message>
    <message>
      <source>Reauthori&amp;ze…</source>
      <translation>[!! Réåûthörî&amp;žé… ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Keep the current filter</source>
      <translation>[!! &amp;Kéép thé çûrréñt fîltér ~~~ !!]</translation>
    </message>
    <message>
      <source> min</source>
      <translation>[!!  mîñ ~ !!]</translation>
    </message>
    <message>
      <source>Minutes between automatic syncs</source>
      <translation>[!! Mîñûtéš bétwééñ åûtömåtîç šýñçš ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sync &amp;every:</source>
      <translation>[!! Šýñç &amp;évérý: ~ !!]</translation>
    </message>
    <message>
      <source>Synced users:</source>
      <translation>[!! Šýñçéd ûšérš: ~ !!]</translation>
    </message>
    <message>
      <source>Last sync:</source>
      <translation>[!! Låšt šýñç: ~ !!]</translation>
    </message>
    <message>
      <source>Next sync:</source>
      <translation>[!! Ñéxt šýñç: ~ !!]</translation>
    </message>
    <message>
      <source>No identity provider connected</source>
      <translation>[!! Ñö îdéñtîtý prövîdér çöññéçtéd ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Connect Microsoft Entra ID or Google Workspace to choose which employees to share with the platform.</source>
      <translation>[!! Çöññéçt Mîçröšöft Éñtrå ÎD ör Gööglé Wörkšpåçé tö çhööšé whîçh émplöýééš tö šhåré wîth thé plåtförm. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 · signed in as %2</source>
      <translation>[!! %1 · šîgñéd îñ åš %2 ~ !!]</translation>
    </message>
    <message>
      <source>%1 of %2 employees in the directory</source>
      <translation>[!! %1 öf %2 émplöýééš îñ thé dîréçtörý ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>A change of the user filters waits for your confirmation: %1. It would remove %2 of %3 users. Until you confirm it, the current filters stay in force.</source>
      <translation>[!! Å çhåñgé öf thé ûšér fîltérš wåîtš för ýöûr çöñfîrmåtîöñ: %1. Ît wöûld rémövé %2 öf %3 ûšérš. Ûñtîl ýöû çöñfîrm ît, thé çûrréñt fîltérš štåý îñ förçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>This sync would remove %1 of %2 users. Nothing was applied: review the removals and confirm them, or fix the directory or the user filters.</source>
      <translation>[!! Thîš šýñç wöûld rémövé %1 öf %2 ûšérš. Ñöthîñg wåš åpplîéd: révîéw thé rémövålš åñd çöñfîrm thém, ör fîx thé dîréçtörý ör thé ûšér fîltérš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The connection needs to be authorized again; scheduled syncs are paused until then. The synced users are kept.</source>
      <translation>[!! Thé çöññéçtîöñ ñéédš tö bé åûthörîžéd ågåîñ; šçhédûléd šýñçš åré påûšéd ûñtîl théñ. Thé šýñçéd ûšérš åré képt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>[!! Ñévér ~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2: %3 added, %4 updated, %5 removed</source>
      <translation>[!! %1 — %2: %3 åddéd, %4 ûpdåtéd, %5 rémövéd ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>[!! %1 — %2 ~ !!]</translation>
    </message>
    <message>
      <source>Paused until the connection is reauthorized</source>
      <translation>[!! Påûšéd ûñtîl thé çöññéçtîöñ îš réåûthörîžéd ~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>DataOptionsPage</name>
    <message>
      <source>User data options to synchronize</source>
      <translation>[!! Ûšér dåtå öptîöñš tö šýñçhröñîžé ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The defaults are right for nearly everyone.</source>
      <translation>[!! Thé défåûltš åré rîght för ñéårlý évérýöñé. ~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Profile: first name, last name and display name</source>
      <translation>[!! Pröfîlé: fîršt ñåmé, låšt ñåmé åñd dîšplåý ñåmé ~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>[!! É-måîl åddréšš ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Organisation: department, job title, company and manager</source>
      <translation>[!! &amp;Örgåñîšåtîöñ: dépårtméñt, jöb tîtlé, çömpåñý åñd måñågér ~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Location: office and country</source>
      <translation>[!! &amp;Löçåtîöñ: öffîçé åñd çöûñtrý ~~~~~ !!]</translation>
    </message>
    <message>
      <source>L&amp;anguage: the employee's preferred language</source>
      <translation>[!! L&amp;åñgûågé: thé émplöýéé'š préférréd låñgûågé ~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Groups: group memberships, to choose employees by group</source>
      <translation>[!! &amp;Gröûpš: gröûp mémbéršhîpš, tö çhööšé émplöýééš bý gröûp ~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>These details of each shared employee are synchronized:</source>
      <translation>[!! Théšé détåîlš öf éåçh šhåréd émplöýéé åré šýñçhröñîžéd: ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Always synchronized</source>
      <translation>[!! Ålwåýš šýñçhröñîžéd ~ !!]</translation>
    </message>
    <message>
      <source>Profile and e-mail address are always synchronized. Nothing is ever written back to your directory.</source>
      <translation>[!! Pröfîlé åñd é-måîl åddréšš åré ålwåýš šýñçhröñîžéd. Ñöthîñg îš évér wrîttéñ båçk tö ýöûr dîréçtörý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>DemoActions</name>
    <message>
      <source>A joiner, a leaver and a move happened in the demo directory; the next sync picks them up.</source>
      <translation>[!! Å jöîñér, å léåvér åñd å mövé håppéñéd îñ thé démö dîréçtörý; thé ñéxt šýñç pîçkš thém ûp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reset demo</source>
      <translation>[!! Réšét démö ~ !!]</translation>
    </message>
    <message>
      <source>Reset the demo? The demo connection and all its synced users are forgotten, as if it had never been connected.</source>
      <translation>[!! Réšét thé démö? Thé démö çöññéçtîöñ åñd åll îtš šýñçéd ûšérš åré förgöttéñ, åš îf ît håd ñévér bééñ çöññéçtéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Reset demo</source>
      <translation>[!! &amp;Réšét démö ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>DemoBanner</name>
    <message>
      <source>Demo mode — nothing leaves this computer</source>
      <translation>[!! Démö mödé — ñöthîñg léåvéš thîš çömpûtér ~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Si&amp;mulate directory changes</source>
      <translation>[!! Šî&amp;mûlåté dîréçtörý çhåñgéš ~~~~ !!]</translation>
    </message>
    <message>
      <source>Let a joiner, a leaver and a move happen in the demo directory now; the next sync picks them up.</source>
      <translation>[!! Lét å jöîñér, å léåvér åñd å mövé håppéñ îñ thé démö dîréçtörý ñöw; thé ñéxt šýñç pîçkš thém ûp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reset &amp;demo…</source>
      <translation>[!! Réšét &amp;démö… ~ !!]</translation>
    </message>
    <message>
      <source>Forget the demo connection and its users, as if it had never been connected.</source>
      <translation>[!! Förgét thé démö çöññéçtîöñ åñd îtš ûšérš, åš îf ît håd ñévér bééñ çöññéçtéd. ~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>DisconnectDialog</name>
    <message>
      <source>Disconnect %1</source>
      <translation>[!! Dîšçöññéçt %1 ~ !!]</translation>
    </message>
    <message>
      <source>Disconnect %1?</source>
      <translation>[!! Dîšçöññéçt %1? ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln synced users will be permanently removed. They lose access to the platform and are removed from all ongoing trainings. This cannot be undone; connecting again later adds them as new users.</source>
      <translation>
        <numerusform>[!! Åll %Ln šýñçéd ûšérš wîll bé pérmåñéñtlý rémövéd. Théý löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. Thîš çåññöt bé ûñdöñé; çöññéçtîñg ågåîñ låtér åddš thém åš ñéw ûšérš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! Åll %Ln šýñçéd ûšérš wîll bé pérmåñéñtlý rémövéd. Théý löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. Thîš çåññöt bé ûñdöñé; çöññéçtîñg ågåîñ låtér åddš thém åš ñéw ûšérš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>I &amp;understand that all %Ln users will be permanently removed.</source>
      <translation>
        <numerusform>[!! Î &amp;ûñdérštåñd thåt åll %Ln ûšérš wîll bé pérmåñéñtlý rémövéd. ~~~~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! Î &amp;ûñdérštåñd thåt åll %Ln ûšérš wîll bé pérmåñéñtlý rémövéd. ~~~~~~~~~~~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Disconnect and remove users</source>
      <translation>[!! &amp;Dîšçöññéçt åñd rémövé ûšérš ~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Something went wrong (%1). Please try again.</source>
      <translation>[!! Šöméthîñg wéñt wröñg (%1). Pléåšé trý ågåîñ. ~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>FilterEditor</name>
    <message>
      <source>Criteria</source>
      <translation>[!! Çrîtérîå ~ !!]</translation>
    </message>
    <message>
      <source>Include &amp;guests</source>
      <translation>[!! Îñçlûdé &amp;gûéštš ~ !!]</translation>
    </message>
    <message>
      <source>Include &amp;disabled accounts</source>
      <translation>[!! Îñçlûdé &amp;dîšåbléd åççöûñtš ~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Criteria</source>
      <translation>[!! &amp;Çrîtérîå ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Matching employees</source>
      <translation>[!! &amp;Måtçhîñg émplöýééš ~ !!]</translation>
    </message>
    <message>
      <source>No employee matches these criteria: %1.</source>
      <translation>[!! Ñö émplöýéé måtçhéš théšé çrîtérîå: %1. ~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Matching employees (%1)</source>
      <translation>[!! &amp;Måtçhîñg émplöýééš (%1) ~~~ !!]</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>[!! %1 (%2) ~ !!]</translation>
    </message>
    <message>
      <source>not in the directory</source>
      <translation>[!! ñöt îñ thé dîréçtörý ~ !!]</translation>
    </message>
    <message>
      <source>%1 is not in the directory any more.</source>
      <translation>[!! %1 îš ñöt îñ thé dîréçtörý åñý möré. ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 (%2 employees, including its sub-units)</source>
      <translation>[!! %1 (%2 émplöýééš, îñçlûdîñg îtš šûb-ûñîtš) ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 (%2 employees)</source>
      <translation>[!! %1 (%2 émplöýééš) ~ !!]</translation>
    </message>
    <message>
      <source>Groups</source>
      <translation>[!! Gröûpš ~ !!]</translation>
    </message>
    <message>
      <source>Departments</source>
      <translation>[!! Dépårtméñtš ~ !!]</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>[!! Löçåtîöñš ~ !!]</translation>
    </message>
    <message>
      <source>Countries</source>
      <translation>[!! Çöûñtrîéš ~ !!]</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>[!! Çömpåñîéš ~ !!]</translation>
    </message>
    <message>
      <source>Job titles</source>
      <translation>[!! Jöb tîtléš ~ !!]</translation>
    </message>
    <message>
      <source>Org units</source>
      <translation>[!! Örg ûñîtš ~ !!]</translation>
    </message>
    <message>
      <source>E-mail domains</source>
      <translation>[!! É-måîl dömåîñš ~ !!]</translation>
    </message>
    <message>
      <source>People</source>
      <translation>[!! Péöplé ~ !!]</translation>
    </message>
    <message>
      <source>groups</source>
      <translation>[!! gröûpš ~ !!]</translation>
    </message>
    <message>
      <source>departments</source>
      <translation>[!! dépårtméñtš ~ !!]</translation>
    </message>
    <message>
      <source>locations</source>
      <translation>[!! löçåtîöñš ~ !!]</translation>
    </message>
    <message>
      <source>countries</source>
      <translation>[!! çöûñtrîéš ~ !!]</translation>
    </message>
    <message>
      <source>companies</source>
      <translation>[!! çömpåñîéš ~ !!]</translation>
    </message>
    <message>
      <source>job titles</source>
      <translation>[!! jöb tîtléš ~ !!]</translation>
    </message>
    <message>
      <source>org units</source>
      <translation>[!! örg ûñîtš ~ !!]</translation>
    </message>
    <message>
      <source>e-mail domains</source>
      <translation>[!! é-måîl dömåîñš ~ !!]</translation>
    </message>
    <message>
      <source>people</source>
      <translation>[!! péöplé ~ !!]</translation>
    </message>
    <message>
      <source>Members of nested groups count as members.</source>
      <translation>[!! Mémbérš öf ñéštéd gröûpš çöûñt åš mémbérš. ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Choosing an org unit includes all of its sub-units.</source>
      <translation>[!! Çhööšîñg åñ örg ûñît îñçlûdéš åll öf îtš šûb-ûñîtš. ~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employees with any of the included values are shared.</source>
      <translation>[!! Émplöýééš wîth åñý öf thé îñçlûdéd vålûéš åré šhåréd. ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Share %1 out of %2 employees</source>
      <translation>[!! Šhåré %1 öût öf %2 émplöýééš ~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>FilterSummary</name>
    <message>
      <source>in %1</source>
      <translation>[!! îñ %1 ~ !!]</translation>
    </message>
    <message>
      <source>in the group %1</source>
      <translation>[!! îñ thé gröûp %1 ~ !!]</translation>
    </message>
    <message>
      <source>located in %1</source>
      <translation>[!! löçåtéd îñ %1 ~ !!]</translation>
    </message>
    <message>
      <source>in the country %1</source>
      <translation>[!! îñ thé çöûñtrý %1 ~ !!]</translation>
    </message>
    <message>
      <source>working for %1</source>
      <translation>[!! wörkîñg för %1 ~ !!]</translation>
    </message>
    <message>
      <source>working as %1</source>
      <translation>[!! wörkîñg åš %1 ~ !!]</translation>
    </message>
    <message>
      <source>in the org unit %1</source>
      <translation>[!! îñ thé örg ûñît %1 ~ !!]</translation>
    </message>
    <message>
      <source>with an address at %1</source>
      <translation>[!! wîth åñ åddréšš åt %1 ~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%1 or %n more</source>
      <translation>
        <numerusform>[!! %1 ör %n möré ~ !!]</numerusform>
        <numerusform>[!! %1 ör %n möré ~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 or %2</source>
      <translation>[!! %1 ör %2 ~ !!]</translation>
    </message>
    <message>
      <source>Employees %1</source>
      <translation>[!! Émplöýééš %1 ~ !!]</translation>
    </message>
    <message>
      <source>All employees</source>
      <translation>[!! Åll émplöýééš ~ !!]</translation>
    </message>
    <message>
      <source>%1, plus %2</source>
      <translation>[!! %1, plûš %2 ~ !!]</translation>
    </message>
    <message>
      <source>%1, except %2</source>
      <translation>[!! %1, éxçépt %2 ~ !!]</translation>
    </message>
    <message>
      <source>%1, excluding guests and disabled accounts</source>
      <translation>[!! %1, éxçlûdîñg gûéštš åñd dîšåbléd åççöûñtš ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1, excluding guests</source>
      <translation>[!! %1, éxçlûdîñg gûéštš ~ !!]</translation>
    </message>
    <message>
      <source>%1, excluding disabled accounts</source>
      <translation>[!! %1, éxçlûdîñg dîšåbléd åççöûñtš ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1, including guests and disabled accounts</source>
      <translation>[!! %1, îñçlûdîñg gûéštš åñd dîšåbléd åççöûñtš ~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>FilteringPage</name>
    <message>
      <source>Employee filtering</source>
      <translation>[!! Émplöýéé fîltérîñg ~ !!]</translation>
    </message>
    <message>
      <source>Choose which employees to share. Only they are provisioned; you can change this later.</source>
      <translation>[!! Çhööšé whîçh émplöýééš tö šhåré. Öñlý théý åré prövîšîöñéd; ýöû çåñ çhåñgé thîš låtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>[!! &amp;Çåñçél ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Try again</source>
      <translation>[!! &amp;Trý ågåîñ ~ !!]</translation>
    </message>
    <message>
      <source>Synchronizing the rules: reading users, groups and org units from %1…</source>
      <translation>[!! Šýñçhröñîžîñg thé rûléš: réådîñg ûšérš, gröûpš åñd örg ûñîtš fröm %1… ~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 users read</source>
      <translation>[!! %1 ûšérš réåd ~ !!]</translation>
    </message>
    <message>
      <source>%1 of %2 groups read</source>
      <translation>[!! %1 öf %2 gröûpš réåd ~ !!]</translation>
    </message>
    <message>
      <source>The provider asked us to slow down; continuing shortly…</source>
      <translation>[!! Thé prövîdér åškéd ûš tö šlöw döwñ; çöñtîñûîñg šhörtlý… ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reading the directory was cancelled.</source>
      <translation>[!! Réådîñg thé dîréçtörý wåš çåñçélléd. ~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>FinishPage</name>
    <message>
      <source>Employee Filtering</source>
      <translation>[!! Émplöýéé Fîltérîñg ~ !!]</translation>
    </message>
    <message>
      <source>The chosen employees are now shared with the platform.</source>
      <translation>[!! Thé çhöšéñ émplöýééš åré ñöw šhåréd wîth thé plåtförm. ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Stop</source>
      <translation>[!! &amp;Štöp ~ !!]</translation>
    </message>
    <message>
      <source>This may take several minutes for large directories. You can leave this window open; closing it does not undo anything.</source>
      <translation>[!! Thîš måý tåké šévérål mîñûtéš för lårgé dîréçtörîéš. Ýöû çåñ léåvé thîš wîñdöw öpéñ; çlöšîñg ît döéš ñöt ûñdö åñýthîñg. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Retry</source>
      <translation>[!! &amp;Rétrý ~ !!]</translation>
    </message>
    <message>
      <source>Sharing employees…</source>
      <translation>[!! Šhårîñg émplöýééš… ~ !!]</translation>
    </message>
    <message>
      <source>Reading the employees from your directory…</source>
      <translation>[!! Réådîñg thé émplöýééš fröm ýöûr dîréçtörý… ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 of %2 employees</source>
      <translation>[!! %1 öf %2 émplöýééš ~ !!]</translation>
    </message>
    <message>
      <source>%1 employees</source>
      <translation>[!! %1 émplöýééš ~ !!]</translation>
    </message>
    <message>
      <source>Reading group memberships…</source>
      <translation>[!! Réådîñg gröûp mémbéršhîpš… ~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 of %2 groups</source>
      <translation>[!! %1 öf %2 gröûpš ~ !!]</translation>
    </message>
    <message>
      <source>Comparing with the employees already shared…</source>
      <translation>[!! Çömpårîñg wîth thé émplöýééš ålréådý šhåréd… ~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Saving the shared employees…</source>
      <translation>[!! Šåvîñg thé šhåréd émplöýééš… ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The provider asked us to slow down; continuing shortly…</source>
      <translation>[!! Thé prövîdér åškéd ûš tö šlöw döwñ; çöñtîñûîñg šhörtlý… ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employee Filtering: Waiting for your confirmation</source>
      <translation>[!! Émplöýéé Fîltérîñg: Wåîtîñg för ýöûr çöñfîrmåtîöñ ~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reauthorization: Completed</source>
      <translation>[!! Réåûthörîžåtîöñ: Çömplétéd ~~~~ !!]</translation>
    </message>
    <message>
      <source>Employee Filtering: Completed</source>
      <translation>[!! Émplöýéé Fîltérîñg: Çömplétéd ~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 employees are shared. They are kept up to date automatically.</source>
      <translation>[!! %1 émplöýééš åré šhåréd. Théý åré képt ûp tö dåté åûtömåtîçållý. ~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employee Filtering: Not finished</source>
      <translation>[!! Émplöýéé Fîltérîñg: Ñöt fîñîšhéd ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The sync was stopped.</source>
      <translation>[!! Thé šýñç wåš štöppéd. ~~ !!]</translation>
    </message>
    <message>
      <source>%1 The connection is saved; retry now or let the next scheduled sync finish the job.</source>
      <translation>[!! %1 Thé çöññéçtîöñ îš šåvéd; rétrý ñöw ör lét thé ñéxt šçhédûléd šýñç fîñîšh thé jöb. ~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Sync runs</source>
      <translation>[!! Šýñç rûñš ~ !!]</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>[!! Štårtéd ~ !!]</translation>
    </message>
    <message>
      <source>Trigger</source>
      <translation>[!! Trîggér ~ !!]</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>[!! Mödé ~ !!]</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>[!! Öûtçömé ~ !!]</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>[!! Åddéd ~ !!]</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>[!! Ûpdåtéd ~ !!]</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>[!! Rémövéd ~ !!]</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>[!! Škîppéd ~ !!]</translation>
    </message>
    <message>
      <source>Details of the selected run</source>
      <translation>[!! Détåîlš öf thé šéléçtéd rûñ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Select a run to see its problems.</source>
      <translation>[!! Šéléçt å rûñ tö šéé îtš pröblémš. ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Admin actions</source>
      <translation>[!! Ådmîñ åçtîöñš ~ !!]</translation>
    </message>
    <message>
      <source>When</source>
      <translation>[!! Whéñ ~ !!]</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>[!! Whö ~ !!]</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>[!! Åçtîöñ ~ !!]</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>[!! Détåîlš ~ !!]</translation>
    </message>
    <message>
      <source>Sync runs (newest first)</source>
      <translation>[!! Šýñç rûñš (ñéwéšt fîršt) ~~~ !!]</translation>
    </message>
    <message>
      <source>Problems and errors of the selected run</source>
      <translation>[!! Pröblémš åñd érrörš öf thé šéléçtéd rûñ ~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Admin actions (newest first)</source>
      <translation>[!! Ådmîñ åçtîöñš (ñéwéšt fîršt) ~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln removals wait for confirmation.</source>
      <translation>
        <numerusform>[!! %Ln rémövålš wåît för çöñfîrmåtîöñ. ~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln rémövålš wåît för çöñfîrmåtîöñ. ~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln employees need attention in the directory:</source>
      <translation>
        <numerusform>[!! %Ln émplöýééš ñééd åttéñtîöñ îñ thé dîréçtörý: ~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln émplöýééš ñééd åttéñtîöñ îñ thé dîréçtörý: ~~~~~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems.</source>
      <translation>[!! Ñö pröblémš. ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>An internal error occurred (%1). Details are in the log file.</source>
      <translation>[!! Åñ îñtérñål érrör öççûrréd (%1). Détåîlš åré îñ thé lög fîlé. ~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot write to the data folder %1 (%2).</source>
      <translation>[!! Çåññöt wrîté tö thé dåtå földér %1 (%2). ~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>IdP Wizard — Demo</source>
      <translation>[!! ÎdP Wîžård — Démö ~ !!]</translation>
    </message>
    <message>
      <source>IdP Wizard</source>
      <translation>[!! ÎdP Wîžård ~ !!]</translation>
    </message>
    <message>
      <source>Showing the client %1.</source>
      <translation>[!! Šhöwîñg thé çlîéñt %1. ~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Reauthorize connection…</source>
      <translation>[!! &amp;Réåûthörîžé çöññéçtîöñ… ~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Edit user filters…</source>
      <translation>[!! &amp;Édît ûšér fîltérš… ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Sync now</source>
      <translation>[!! &amp;Šýñç ñöw ~ !!]</translation>
    </message>
    <message>
      <source>E&amp;xport CSV…</source>
      <translation>[!! É&amp;xpört ÇŠV… ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Disconnect…</source>
      <translation>[!! &amp;Dîšçöññéçt… ~ !!]</translation>
    </message>
    <message>
      <source>Se&amp;ttings…</source>
      <translation>[!! Šé&amp;ttîñgš… ~ !!]</translation>
    </message>
    <message>
      <source>C&amp;lients…</source>
      <translation>[!! Ç&amp;lîéñtš… ~ !!]</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>[!! Šýñçîñg… ~ !!]</translation>
    </message>
    <message>
      <source>Disconnecting…</source>
      <translation>[!! Dîšçöññéçtîñg… ~ !!]</translation>
    </message>
    <message>
      <source>Resetting the demo…</source>
      <translation>[!! Réšéttîñg thé démö… ~ !!]</translation>
    </message>
    <message>
      <source>Removing the client…</source>
      <translation>[!! Rémövîñg thé çlîéñt… ~ !!]</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>[!! Éxpörtîñg… ~ !!]</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>[!! Wörkîñg… ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>Disconnected. %Ln synced users were removed.</source>
      <translation>
        <numerusform>[!! Dîšçöññéçtéd. %Ln šýñçéd ûšérš wéré rémövéd. ~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! Dîšçöññéçtéd. %Ln šýñçéd ûšérš wéré rémövéd. ~~~~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed the client %1 (%Ln synced users were removed).</source>
      <translation>
        <numerusform>[!! Rémövéd thé çlîéñt %1 (%Ln šýñçéd ûšérš wéré rémövéd). ~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! Rémövéd thé çlîéñt %1 (%Ln šýñçéd ûšérš wéré rémövéd). ~~~~~~~~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln users to %1.</source>
      <translation>
        <numerusform>[!! Éxpörtéd %Ln ûšérš tö %1. ~~~ !!]</numerusform>
        <numerusform>[!! Éxpörtéd %Ln ûšérš tö %1. ~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>The sync was held: review the removals.</source>
      <translation>[!! Thé šýñç wåš héld: révîéw thé rémövålš. ~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Synced: %1 added, %2 updated, %3 removed.</source>
      <translation>[!! Šýñçéd: %1 åddéd, %2 ûpdåtéd, %3 rémövéd. ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cancelled; nothing was applied.</source>
      <translation>[!! Çåñçélléd; ñöthîñg wåš åpplîéd. ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The scheduled sync was skipped: another sync was running.</source>
      <translation>[!! Thé šçhédûléd šýñç wåš škîppéd: åñöthér šýñç wåš rûññîñg. ~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>An internal error stopped this operation; details are in the log.</source>
      <translation>[!! Åñ îñtérñål érrör štöppéd thîš öpéråtîöñ; détåîlš åré îñ thé lög. ~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The scheduled sync failed: %1</source>
      <translation>[!! Thé šçhédûléd šýñç fåîléd: %1 ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Operation failed</source>
      <translation>[!! Öpéråtîöñ fåîléd ~ !!]</translation>
    </message>
    <message>
      <source>synced-users.csv</source>
      <translation>[!! šýñçéd-ûšérš.çšv ~ !!]</translation>
    </message>
    <message>
      <source>Export users as CSV</source>
      <translation>[!! Éxpört ûšérš åš ÇŠV ~ !!]</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>[!! ÇŠV fîléš (*.çšv) ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>MatchingModel</name>
    <message>
      <source>Name</source>
      <translation>[!! Ñåmé ~ !!]</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>[!! É-måîl ~ !!]</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>[!! Dépårtméñt ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>MatchingView</name>
    <message>
      <source>Search by name, e-mail or department…</source>
      <translation>[!! Šéårçh bý ñåmé, é-måîl ör dépårtméñt… ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Search the matching employees</source>
      <translation>[!! Šéårçh thé måtçhîñg émplöýééš ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employees matching the criteria</source>
      <translation>[!! Émplöýééš måtçhîñg thé çrîtérîå ~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Panel</name>
    <message>
      <source>Not connected</source>
      <translation>[!! Ñöt çöññéçtéd ~ !!]</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>[!! Çöññéçtîñg… ~ !!]</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>[!! Çöññéçtéd ~ !!]</translation>
    </message>
    <message>
      <source>Needs reauthorization</source>
      <translation>[!! Ñéédš réåûthörîžåtîöñ ~~ !!]</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>[!! Héld ~ !!]</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>[!! Šýñçîñg… ~ !!]</translation>
    </message>
    <message>
      <source>Succeeded</source>
      <translation>[!! Šûççéédéd ~ !!]</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>[!! Fåîléd ~ !!]</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>[!! Rûññîñg ~ !!]</translation>
    </message>
    <message>
      <source>Interrupted</source>
      <translation>[!! Îñtérrûptéd ~ !!]</translation>
    </message>
    <message>
      <source>Dry run</source>
      <translation>[!! Drý rûñ ~ !!]</translation>
    </message>
    <message>
      <source>Manual (app)</source>
      <translation>[!! Måñûål (åpp) ~ !!]</translation>
    </message>
    <message>
      <source>Command line</source>
      <translation>[!! Çömmåñd lîñé ~ !!]</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>[!! Šçhédûléd ~ !!]</translation>
    </message>
    <message>
      <source>Filter change</source>
      <translation>[!! Fîltér çhåñgé ~ !!]</translation>
    </message>
    <message>
      <source>Setup</source>
      <translation>[!! Šétûp ~ !!]</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>[!! Fûll ~ !!]</translation>
    </message>
    <message>
      <source>Changes only</source>
      <translation>[!! Çhåñgéš öñlý ~ !!]</translation>
    </message>
    <message>
      <source>Disconnected</source>
      <translation>[!! Dîšçöññéçtéd ~ !!]</translation>
    </message>
    <message>
      <source>Reauthorized</source>
      <translation>[!! Réåûthörîžéd ~ !!]</translation>
    </message>
    <message>
      <source>Changed the user filter</source>
      <translation>[!! Çhåñgéd thé ûšér fîltér ~~~ !!]</translation>
    </message>
    <message>
      <source>Confirmed removals</source>
      <translation>[!! Çöñfîrméd rémövålš ~ !!]</translation>
    </message>
    <message>
      <source>Simulated directory changes (demo)</source>
      <translation>[!! Šîmûlåtéd dîréçtörý çhåñgéš (démö) ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reset the demo</source>
      <translation>[!! Réšét thé démö ~ !!]</translation>
    </message>
    <message>
      <source>Scheduled syncs set up</source>
      <translation>[!! Šçhédûléd šýñçš šét ûp ~~ !!]</translation>
    </message>
    <message>
      <source>Scheduled syncs removed</source>
      <translation>[!! Šçhédûléd šýñçš rémövéd ~~~ !!]</translation>
    </message>
    <message>
      <source>Client added</source>
      <translation>[!! Çlîéñt åddéd ~ !!]</translation>
    </message>
    <message>
      <source>Client renamed</source>
      <translation>[!! Çlîéñt réñåméd ~ !!]</translation>
    </message>
    <message>
      <source>%1 (demo tenant, %2 employees)</source>
      <translation>[!! %1 (démö téñåñt, %2 émplöýééš) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1; %2 synced users removed</source>
      <translation>[!! %1; %2 šýñçéd ûšérš rémövéd ~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 demo tenant</source>
      <translation>[!! %1 démö téñåñt ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%n round(s) of changes</source>
      <translation>
        <numerusform>[!! %n röûñd(š) öf çhåñgéš ~~ !!]</numerusform>
        <numerusform>[!! %n röûñd(š) öf çhåñgéš ~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>%1, every %2 minutes</source>
      <translation>[!! %1, évérý %2 mîñûtéš ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>Reading employees… %Ln read</source>
      <translation>
        <numerusform>[!! Réådîñg émplöýééš… %Ln réåd ~~~~ !!]</numerusform>
        <numerusform>[!! Réådîñg émplöýééš… %Ln réåd ~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>Reading groups…</source>
      <translation>[!! Réådîñg gröûpš… ~ !!]</translation>
    </message>
    <message>
      <source>Reading organizational units…</source>
      <translation>[!! Réådîñg örgåñîžåtîöñål ûñîtš… ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Comparing with the synced users…</source>
      <translation>[!! Çömpårîñg wîth thé šýñçéd ûšérš… ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Saving changes…</source>
      <translation>[!! Šåvîñg çhåñgéš… ~ !!]</translation>
    </message>
    <message>
      <source>The provider asked us to slow down; waiting…</source>
      <translation>[!! Thé prövîdér åškéd ûš tö šlöw döwñ; wåîtîñg… ~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>[!! Wörkîñg… ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>PeoplePicker</name>
    <message>
      <source>Name or e-mail address</source>
      <translation>[!! Ñåmé ör é-måîl åddréšš ~~ !!]</translation>
    </message>
    <message>
      <source>Find people by name or e-mail address</source>
      <translation>[!! Fîñd péöplé bý ñåmé ör é-måîl åddréšš ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Find a person:</source>
      <translation>[!! &amp;Fîñd å péršöñ: ~ !!]</translation>
    </message>
    <message>
      <source>People found</source>
      <translation>[!! Péöplé föûñd ~ !!]</translation>
    </message>
    <message>
      <source>Always &amp;include</source>
      <translation>[!! Ålwåýš &amp;îñçlûdé ~ !!]</translation>
    </message>
    <message>
      <source>Always e&amp;xclude</source>
      <translation>[!! Ålwåýš é&amp;xçlûdé ~ !!]</translation>
    </message>
    <message>
      <source>Always included</source>
      <translation>[!! Ålwåýš îñçlûdéd ~ !!]</translation>
    </message>
    <message>
      <source>Always excluded</source>
      <translation>[!! Ålwåýš éxçlûdéd ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>[!! &amp;Rémövé ~ !!]</translation>
    </message>
    <message>
      <source>&lt;b&gt;Always included&lt;/b&gt; (even outside the criteria)</source>
      <translation>[!! &lt;b&gt;Ålwåýš îñçlûdéd&lt;/b&gt; (évéñ öûtšîdé thé çrîtérîå) ~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&lt;b&gt;Always excluded&lt;/b&gt;</source>
      <translation>[!! &lt;b&gt;Ålwåýš éxçlûdéd&lt;/b&gt; ~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>PermissionsPage</name>
    <message>
      <source>Permissions requested</source>
      <translation>[!! Pérmîššîöñš réqûéštéd ~~ !!]</translation>
    </message>
    <message>
      <source>IdP Wizard never changes, adds or deletes anything in your directory.</source>
      <translation>[!! ÎdP Wîžård ñévér çhåñgéš, åddš ör délétéš åñýthîñg îñ ýöûr dîréçtörý. ~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>[!! &amp;Åççépt ~ !!]</translation>
    </message>
    <message>
      <source>IdP Wizard asks %1 for read-only access.</source>
      <translation>[!! ÎdP Wîžård åškš %1 för réåd-öñlý åççéšš. ~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Signed in as %1 (%2).</source>
      <translation>[!! Šîgñéd îñ åš %1 (%2). ~~ !!]</translation>
    </message>
    <message>
      <source>It will be able to:</source>
      <translation>[!! Ît wîll bé åblé tö: ~ !!]</translation>
    </message>
    <message>
      <source>Read all users' full profiles</source>
      <translation>[!! Réåd åll ûšérš' fûll pröfîléš ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Read group memberships</source>
      <translation>[!! Réåd gröûp mémbéršhîpš ~~ !!]</translation>
    </message>
    <message>
      <source>Read directory role assignments, to check that you are a Global Administrator</source>
      <translation>[!! Réåd dîréçtörý rölé åššîgñméñtš, tö çhéçk thåt ýöû åré å Glöbål Ådmîñîštråtör ~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>View users, groups and org units</source>
      <translation>[!! Vîéw ûšérš, gröûpš åñd örg ûñîtš ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>See your e-mail address, to check that you are a super administrator</source>
      <translation>[!! Šéé ýöûr é-måîl åddréšš, tö çhéçk thåt ýöû åré å šûpér ådmîñîštråtör ~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>ProviderPage</name>
    <message>
      <source>Connect your identity provider</source>
      <translation>[!! Çöññéçt ýöûr îdéñtîtý prövîdér ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Choose where your employees are managed.</source>
      <translation>[!! Çhööšé whéré ýöûr émplöýééš åré måñågéd. ~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employees, groups and departments from your Microsoft 365 tenant.</source>
      <translation>[!! Émplöýééš, gröûpš åñd dépårtméñtš fröm ýöûr Mîçröšöft 365 téñåñt. ~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employees, groups and org units from your Google Workspace domain.</source>
      <translation>[!! Émplöýééš, gröûpš åñd örg ûñîtš fröm ýöûr Gööglé Wörkšpåçé dömåîñ. ~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Connect %1</source>
      <translation>[!! &amp;Çöññéçt %1 ~ !!]</translation>
    </message>
    <message>
      <source>C&amp;onnect %1</source>
      <translation>[!! Ç&amp;öññéçt %1 ~ !!]</translation>
    </message>
    <message>
      <source>Connect %1</source>
      <translation>[!! Çöññéçt %1 ~ !!]</translation>
    </message>
    <message>
      <source>Only one identity provider can be connected at a time.</source>
      <translation>[!! Öñlý öñé îdéñtîtý prövîdér çåñ bé çöññéçtéd åt å tîmé. ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 logo</source>
      <translation>[!! %1 lögö ~ !!]</translation>
    </message>
    <message>
      <source>%1 is already connected. Disconnect it first to connect %2.</source>
      <translation>[!! %1 îš ålréådý çöññéçtéd. Dîšçöññéçt ît fîršt tö çöññéçt %2. ~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>RegistrationBox</name>
    <message>
      <source>App registration</source>
      <translation>[!! Åpp régîštråtîöñ ~ !!]</translation>
    </message>
    <message>
      <source>Built-in registration</source>
      <translation>[!! Bûîlt-îñ régîštråtîöñ ~~ !!]</translation>
    </message>
    <message>
      <source>Application (client) ID</source>
      <translation>[!! Åpplîçåtîöñ (çlîéñt) ÎD ~~~ !!]</translation>
    </message>
    <message>
      <source>Any tenant of the signed-in admin</source>
      <translation>[!! Åñý téñåñt öf thé šîgñéd-îñ ådmîñ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Global</source>
      <translation>[!! Glöbål ~ !!]</translation>
    </message>
    <message>
      <source>US Government</source>
      <translation>[!! ÛŠ Gövérñméñt ~ !!]</translation>
    </message>
    <message>
      <source>China (operated by 21Vianet)</source>
      <translation>[!! Çhîñå (öpéråtéd bý 21Vîåñét) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Import client_secret.json…</source>
      <translation>[!! &amp;Împört çlîéñt_šéçrét.jšöñ… ~~~~ !!]</translation>
    </message>
    <message>
      <source>The demo needs no app registration; these settings apply to the real profile's sign-in.</source>
      <translation>[!! Thé démö ñéédš ñö åpp régîštråtîöñ; théšé šéttîñgš åpplý tö thé réål pröfîlé'š šîgñ-îñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Entra client ID:</source>
      <translation>[!! Éñtrå çlîéñt ÎD: ~ !!]</translation>
    </message>
    <message>
      <source>Entra tenant:</source>
      <translation>[!! Éñtrå téñåñt: ~ !!]</translation>
    </message>
    <message>
      <source>Entra cloud:</source>
      <translation>[!! Éñtrå çlöûd: ~ !!]</translation>
    </message>
    <message>
      <source>Google client:</source>
      <translation>[!! Gööglé çlîéñt: ~ !!]</translation>
    </message>
    <message>
      <source>Imported client %1</source>
      <translation>[!! Împörtéd çlîéñt %1 ~ !!]</translation>
    </message>
    <message>
      <source>Built-in registration active</source>
      <translation>[!! Bûîlt-îñ régîštråtîöñ åçtîvé ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Not configured</source>
      <translation>[!! Ñöt çöñfîgûréd ~ !!]</translation>
    </message>
    <message>
      <source>Import Google OAuth client</source>
      <translation>[!! Împört Gööglé ÖÅûth çlîéñt ~~~~ !!]</translation>
    </message>
    <message>
      <source>Google client files (*.json)</source>
      <translation>[!! Gööglé çlîéñt fîléš (*.jšöñ) ~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>RegistrationForm</name>
    <message>
      <source>organizations (any work account)</source>
      <translation>[!! örgåñîžåtîöñš (åñý wörk åççöûñt) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Global (Microsoft Entra ID)</source>
      <translation>[!! Glöbål (Mîçröšöft Éñtrå ÎD) ~~~~ !!]</translation>
    </message>
    <message>
      <source>US Government</source>
      <translation>[!! ÛŠ Gövérñméñt ~ !!]</translation>
    </message>
    <message>
      <source>China (operated by 21Vianet)</source>
      <translation>[!! Çhîñå (öpéråtéd bý 21Vîåñét) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>[!! Ñö fîlé çhöšéñ ~ !!]</translation>
    </message>
    <message>
      <source>C&amp;hoose client_secret.json…</source>
      <translation>[!! Ç&amp;hööšé çlîéñt_šéçrét.jšöñ… ~~~~ !!]</translation>
    </message>
    <message>
      <source>Application (&amp;client) ID:</source>
      <translation>[!! Åpplîçåtîöñ (&amp;çlîéñt) ÎD: ~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Tenant ID or domain:</source>
      <translation>[!! &amp;Téñåñt ÎD ör dömåîñ: ~~ !!]</translation>
    </message>
    <message>
      <source>Clo&amp;ud:</source>
      <translation>[!! Çlö&amp;ûd: ~ !!]</translation>
    </message>
    <message>
      <source>OAuth client:</source>
      <translation>[!! ÖÅûth çlîéñt: ~ !!]</translation>
    </message>
    <message>
      <source>Choose the downloaded OAuth client file</source>
      <translation>[!! Çhööšé thé döwñlöådéd ÖÅûth çlîéñt fîlé ~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>OAuth client (*.json)</source>
      <translation>[!! ÖÅûth çlîéñt (*.jšöñ) ~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>RegistrationHelp</name>
    <message>
      <source>Open the Microsoft Entra admin center and go to App registrations.</source>
      <translation>[!! Öpéñ thé Mîçröšöft Éñtrå ådmîñ çéñtér åñd gö tö Åpp régîštråtîöñš. ~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Choose New registration, name it “IdP Wizard” and select “Accounts in this organizational directory only”.</source>
      <translation>[!! Çhööšé Ñéw régîštråtîöñ, ñåmé ît “ÎdP Wîžård” åñd šéléçt “Åççöûñtš îñ thîš örgåñîžåtîöñål dîréçtörý öñlý”. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Under Redirect URI choose “Public client/native” and enter http://localhost.</source>
      <translation>[!! Ûñdér Rédîréçt ÛRÎ çhööšé “Pûblîç çlîéñt/ñåtîvé” åñd éñtér http://localhost. ~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Under Authentication, allow public client flows.</source>
      <translation>[!! Ûñdér Åûthéñtîçåtîöñ, ållöw pûblîç çlîéñt flöwš. ~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Under API permissions, add the delegated Microsoft Graph permissions User.Read.All, GroupMember.Read.All and RoleManagement.Read.Directory, then choose “Grant admin consent”.</source>
      <translation>[!! Ûñdér ÅPÎ pérmîššîöñš, ådd thé délégåtéd Mîçröšöft Gråph pérmîššîöñš Ûšér.Réåd.Åll, GröûpMémbér.Réåd.Åll åñd RöléMåñågéméñt.Réåd.Dîréçtörý, théñ çhööšé “Gråñt ådmîñ çöñšéñt”. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Copy the Application (client) ID and enter it below.</source>
      <translation>[!! Çöpý thé Åpplîçåtîöñ (çlîéñt) ÎD åñd éñtér ît bélöw. ~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Download the client_secret.json file and choose it below.</source>
      <translation>[!! Döwñlöåd thé çlîéñt_šéçrét.jšöñ fîlé åñd çhööšé ît bélöw. ~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Open the Google Cloud console and create or choose a project.</source>
      <translation>[!! Öpéñ thé Gööglé Çlöûd çöñšölé åñd çréåté ör çhööšé å pröjéçt. ~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Enable the Admin SDK API for the project.</source>
      <translation>[!! Éñåblé thé Ådmîñ ŠDK ÅPÎ för thé pröjéçt. ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Under Credentials, create an OAuth client ID of type “Desktop app”.</source>
      <translation>[!! Ûñdér Çrédéñtîålš, çréåté åñ ÖÅûth çlîéñt ÎD öf týpé “Déšktöp åpp”. ~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>How to register IdP Wizard:</source>
      <translation>[!! Höw tö régîštér ÎdP Wîžård: ~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>RemovalsDialog</name>
    <message>
      <source>Review removals</source>
      <translation>[!! Révîéw rémövålš ~ !!]</translation>
    </message>
    <message>
      <source>The last sync would remove %1 of the %2 synced users. Nothing has been removed yet. If these people really left or should no longer be shared, confirm; otherwise fix the directory or the user filters and sync again.</source>
      <translation>[!! Thé låšt šýñç wöûld rémövé %1 öf thé %2 šýñçéd ûšérš. Ñöthîñg håš bééñ rémövéd ýét. Îf théšé péöplé réållý léft ör šhöûld ñö löñgér bé šhåréd, çöñfîrm; öthérwîšé fîx thé dîréçtörý ör thé ûšér fîltérš åñd šýñç ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Users that would be removed</source>
      <translation>[!! Ûšérš thåt wöûld bé rémövéd ~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Remove %Ln users and sync</source>
      <translation>
        <numerusform>[!! &amp;Rémövé %Ln ûšérš åñd šýñç ~~~~ !!]</numerusform>
        <numerusform>[!! &amp;Rémövé %Ln ûšérš åñd šýñç ~~~~ !!]</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RemoveClientDialog</name>
    <message>
      <source>Remove client %1</source>
      <translation>[!! Rémövé çlîéñt %1 ~ !!]</translation>
    </message>
    <message>
      <source>Remove the client %1?</source>
      <translation>[!! Rémövé thé çlîéñt %1? ~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%1 is disconnected first: all %Ln synced users are permanently removed. They lose access to the platform and are removed from all ongoing trainings.</source>
      <translation>
        <numerusform>[!! %1 îš dîšçöññéçtéd fîršt: åll %Ln šýñçéd ûšérš åré pérmåñéñtlý rémövéd. Théý löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %1 îš dîšçöññéçtéd fîršt: åll %Ln šýñçéd ûšérš åré pérmåñéñtlý rémövéd. Théý löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>The client's filter, sync history, audit log and settings are deleted and its sign-in is removed from the keychain. Other clients are not affected. This cannot be undone.</source>
      <translation>[!! Thé çlîéñt'š fîltér, šýñç hîštörý, åûdît lög åñd šéttîñgš åré délétéd åñd îtš šîgñ-îñ îš rémövéd fröm thé kéýçhåîñ. Öthér çlîéñtš åré ñöt åfféçtéd. Thîš çåññöt bé ûñdöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>I &amp;understand that %Ln synced users will be permanently removed.</source>
      <translation>
        <numerusform>[!! Î &amp;ûñdérštåñd thåt %Ln šýñçéd ûšérš wîll bé pérmåñéñtlý rémövéd. ~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! Î &amp;ûñdérštåñd thåt %Ln šýñçéd ûšérš wîll bé pérmåñéñtlý rémövéd. ~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Remove client</source>
      <translation>[!! &amp;Rémövé çlîéñt ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>[!! Šéttîñgš ~ !!]</translation>
    </message>
    <message>
      <source> min</source>
      <translation>[!!  mîñ ~ !!]</translation>
    </message>
    <message>
      <source>Synchronization</source>
      <translation>[!! Šýñçhröñîžåtîöñ ~ !!]</translation>
    </message>
    <message>
      <source>Sync &amp;every:</source>
      <translation>[!! Šýñç &amp;évérý: ~ !!]</translation>
    </message>
    <message>
      <source>Hold a sync that removes more than &amp;this share:</source>
      <translation>[!! Höld å šýñç thåt rémövéš möré thåñ &amp;thîš šhåré: ~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>…and more than this &amp;number of users:</source>
      <translation>[!! …åñd möré thåñ thîš &amp;ñûmbér öf ûšérš: ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>A held sync applies nothing until you review and confirm the removals.</source>
      <translation>[!! Å héld šýñç åpplîéš ñöthîñg ûñtîl ýöû révîéw åñd çöñfîrm thé rémövålš. ~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>[!! Šýštém défåûlt ~ !!]</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>[!! Låñgûågé ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Interface language:</source>
      <translation>[!! &amp;Îñtérfåçé låñgûågé: ~ !!]</translation>
    </message>
    <message>
      <source>Takes effect when IdP Wizard is restarted.</source>
      <translation>[!! Tåkéš éfféçt whéñ ÎdP Wîžård îš réštårtéd. ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Open folder</source>
      <translation>[!! &amp;Öpéñ földér ~ !!]</translation>
    </message>
    <message>
      <source>E&amp;xport diagnostics…</source>
      <translation>[!! É&amp;xpört dîågñöštîçš… ~ !!]</translation>
    </message>
    <message>
      <source>Data and support</source>
      <translation>[!! Dåtå åñd šûppört ~ !!]</translation>
    </message>
    <message>
      <source>Data folder (database and logs):</source>
      <translation>[!! Dåtå földér (dåtåbåšé åñd lögš): ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The diagnostics file holds the logs, the sync history and the settings, with e-mail addresses, names and tokens removed.</source>
      <translation>[!! Thé dîågñöštîçš fîlé höldš thé lögš, thé šýñç hîštörý åñd thé šéttîñgš, wîth é-måîl åddréššéš, ñåméš åñd tökéñš rémövéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Export diagnostics</source>
      <translation>[!! Éxpört dîågñöštîçš ~ !!]</translation>
    </message>
    <message>
      <source>Zip files (*.zip)</source>
      <translation>[!! Žîp fîléš (*.žîp) ~ !!]</translation>
    </message>
    <message>
      <source>Could not write %1 (%2).</source>
      <translation>[!! Çöûld ñöt wrîté %1 (%2). ~~~ !!]</translation>
    </message>
    <message>
      <source>%1 is one of IdP Wizard's own files or folders; choose another file.</source>
      <translation>[!! %1 îš öñé öf ÎdP Wîžård'š öwñ fîléš ör földérš; çhööšé åñöthér fîlé. ~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>[!! Šåvéd tö %1. ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>Connect an identity provider</source>
      <translation>[!! Çöññéçt åñ îdéñtîtý prövîdér ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reauthorize the connection</source>
      <translation>[!! Réåûthörîžé thé çöññéçtîöñ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Edit user filters</source>
      <translation>[!! Édît ûšér fîltérš ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Continue</source>
      <translation>[!! &amp;Çöñtîñûé ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>[!! &amp;Fîñîšh ~ !!]</translation>
    </message>
    <message>
      <source>Stop the sync? The connection stays saved.</source>
      <translation>[!! Štöp thé šýñç? Thé çöññéçtîöñ štåýš šåvéd. ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Stop and cancel the setup? Nothing will be saved.</source>
      <translation>[!! Štöp åñd çåñçél thé šétûp? Ñöthîñg wîll bé šåvéd. ~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>SignInPage</name>
    <message>
      <source>&amp;Sign in</source>
      <translation>[!! &amp;Šîgñ îñ ~ !!]</translation>
    </message>
    <message>
      <source>Sign in on &amp;another device</source>
      <translation>[!! Šîgñ îñ öñ &amp;åñöthér dévîçé ~~~~ !!]</translation>
    </message>
    <message>
      <source>Cancel sign-&amp;in</source>
      <translation>[!! Çåñçél šîgñ-&amp;îñ ~ !!]</translation>
    </message>
    <message>
      <source>Use a different app &amp;registration…</source>
      <translation>[!! Ûšé å dîfféréñt åpp &amp;régîštråtîöñ… ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sign in to %1</source>
      <translation>[!! Šîgñ îñ tö %1 ~ !!]</translation>
    </message>
    <message>
      <source>Sign in as an administrator so IdP Wizard can read your directory.</source>
      <translation>[!! Šîgñ îñ åš åñ ådmîñîštråtör šö ÎdP Wîžård çåñ réåd ýöûr dîréçtörý. ~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Use an account with the Global Administrator role in Microsoft Entra ID.</source>
      <translation>[!! Ûšé åñ åççöûñt wîth thé Glöbål Ådmîñîštråtör rölé îñ Mîçröšöft Éñtrå ÎD. ~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Use a Google Workspace super administrator account.</source>
      <translation>[!! Ûšé å Gööglé Wörkšpåçé šûpér ådmîñîštråtör åççöûñt. ~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Demo mode: the sign-in is simulated. No browser opens and nothing leaves this computer.</source>
      <translation>[!! Démö mödé: thé šîgñ-îñ îš šîmûlåtéd. Ñö bröwšér öpéñš åñd ñöthîñg léåvéš thîš çömpûtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Your web browser opens for the sign-in. Come back here when it says you can close it.</source>
      <translation>[!! Ýöûr wéb bröwšér öpéñš för thé šîgñ-îñ. Çömé båçk héré whéñ ît šåýš ýöû çåñ çlöšé ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Sign in again</source>
      <translation>[!! &amp;Šîgñ îñ ågåîñ ~ !!]</translation>
    </message>
    <message>
      <source>Waiting for you to finish signing in in your browser…</source>
      <translation>[!! Wåîtîñg för ýöû tö fîñîšh šîgñîñg îñ îñ ýöûr bröwšér… ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Signing in to the demo tenant…</source>
      <translation>[!! Šîgñîñg îñ tö thé démö téñåñt… ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Preparing a code to sign in on another device…</source>
      <translation>[!! Prépårîñg å çödé tö šîgñ îñ öñ åñöthér dévîçé… ~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sign-in cancelled. You can sign in again.</source>
      <translation>[!! Šîgñ-îñ çåñçélléd. Ýöû çåñ šîgñ îñ ågåîñ. ~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>IdP Wizard has no app registration for this provider yet. Register one as described below, then enter it and sign in again.</source>
      <translation>[!! ÎdP Wîžård håš ñö åpp régîštråtîöñ för thîš prövîdér ýét. Régîštér öñé åš déšçrîbéd bélöw, théñ éñtér ît åñd šîgñ îñ ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <source>The scheduled sync was skipped: the connection needs reauthorization.</source>
      <translation>[!! Thé šçhédûléd šýñç wåš škîppéd: thé çöññéçtîöñ ñéédš réåûthörîžåtîöñ. ~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>UserManagementPanel</name>
    <message>
      <source>Progress</source>
      <translation>[!! Prögréšš ~ !!]</translation>
    </message>
    <message>
      <source>Ca&amp;ncel</source>
      <translation>[!! Çå&amp;ñçél ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Users</source>
      <translation>[!! &amp;Ûšérš ~ !!]</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>[!! &amp;Hîštörý ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>Name</source>
      <translation>[!! Ñåmé ~ !!]</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>[!! É-måîl ~ !!]</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>[!! Dépårtméñt ~ !!]</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>[!! Löçåtîöñ ~ !!]</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>[!! Låñgûågé ~ !!]</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>[!! Štåtûš ~ !!]</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>[!! Åçtîvé ~ !!]</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>[!! Dîšåbléd ~ !!]</translation>
    </message>
    <message>
      <source>Comes from the identity provider; it cannot be changed here</source>
      <translation>[!! Çöméš fröm thé îdéñtîtý prövîdér; ît çåññöt bé çhåñgéd héré ~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>UsersView</name>
    <message>
      <source>Search by name, e-mail or department</source>
      <translation>[!! Šéårçh bý ñåmé, é-måîl ör dépårtméñt ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Search users</source>
      <translation>[!! Šéårçh ûšérš ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>[!! &amp;Šéårçh: ~ !!]</translation>
    </message>
    <message>
      <source>Synced users</source>
      <translation>[!! Šýñçéd ûšérš ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln users</source>
      <translation>
        <numerusform>[!! %Ln ûšérš ~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš ~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of %2 users</source>
      <translation>[!! %1 öf %2 ûšérš ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>ValuePicker</name>
    <message>
      <source>Exclude</source>
      <translation>[!! Éxçlûdé ~ !!]</translation>
    </message>
    <message>
      <source>Include</source>
      <translation>[!! Îñçlûdé ~ !!]</translation>
    </message>
    <message>
      <source>Clear the %1 to exclude</source>
      <translation>[!! Çléår thé %1 tö éxçlûdé ~~~ !!]</translation>
    </message>
    <message>
      <source>Search the %1 to exclude</source>
      <translation>[!! Šéårçh thé %1 tö éxçlûdé ~~~ !!]</translation>
    </message>
    <message>
      <source>%1 to exclude</source>
      <translation>[!! %1 tö éxçlûdé ~ !!]</translation>
    </message>
    <message>
      <source>Clear the %1 to include</source>
      <translation>[!! Çléår thé %1 tö îñçlûdé ~~~ !!]</translation>
    </message>
    <message>
      <source>Search the %1 to include</source>
      <translation>[!! Šéårçh thé %1 tö îñçlûdé ~~~ !!]</translation>
    </message>
    <message>
      <source>%1 to include</source>
      <translation>[!! %1 tö îñçlûdé ~ !!]</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>[!! Çléår ~ !!]</translation>
    </message>
    <message>
      <source>Search %1…</source>
      <translation>[!! Šéårçh %1… ~ !!]</translation>
    </message>
    <message>
      <source>(%1 chosen)</source>
      <translation>[!! (%1 çhöšéñ) ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>WizardHost</name>
    <message>
      <source>Setup wizard unavailable</source>
      <translation>[!! Šétûp wîžård ûñåvåîlåblé ~~~ !!]</translation>
    </message>
    <message>
      <source>The setup wizard is missing from this installation.</source>
      <translation>[!! Thé šétûp wîžård îš mîššîñg fröm thîš îñštållåtîöñ. ~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
</TS>
