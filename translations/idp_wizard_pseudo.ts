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
      <source>&amp;Remove them now</source>
      <translation>[!! &amp;Rémövé thém ñöw ~ !!]</translation>
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
      <source>Platform:</source>
      <translation>[!! Plåtförm: ~ !!]</translation>
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
    <message numerus="yes">
      <source>%Ln users the app provisioned are still on the platform: it could not be reached when disconnecting. Remove them now, or they stay there.</source>
      <translation>
        <numerusform>[!! %Ln ûšérš thé åpp prövîšîöñéd åré štîll öñ thé plåtförm: ît çöûld ñöt bé réåçhéd whéñ dîšçöññéçtîñg. Rémövé thém ñöw, ör théý štåý théré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš thé åpp prövîšîöñéd åré štîll öñ thé plåtförm: ît çöûld ñöt bé réåçhéd whéñ dîšçöññéçtîñg. Rémövé thém ñöw, ör théý štåý théré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
      </translation>
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
      <source>%1 — %2: the directory changes were saved; the platform did not get all of them (%3 wait for the next sync)</source>
      <translation>[!! %1 — %2: thé dîréçtörý çhåñgéš wéré šåvéd; thé plåtförm dîd ñöt gét åll öf thém (%3 wåît för thé ñéxt šýñç) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
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
    <message>
      <source>&amp;Keep them on the platform instead (forget them here only)</source>
      <translation>[!! &amp;Kéép thém öñ thé plåtförm îñštéåd (förgét thém héré öñlý) ~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The users stay on the platform, no longer managed by this app. This is recorded in the audit log.</source>
      <translation>[!! Thé ûšérš štåý öñ thé plåtförm, ñö löñgér måñågéd bý thîš åpp. Thîš îš réçördéd îñ thé åûdît lög. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln users will also be deactivated on the platform (%1).</source>
      <translation>
        <numerusform>[!! %Ln ûšérš wîll ålšö bé déåçtîvåtéd öñ thé plåtförm (%1). ~~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš wîll ålšö bé déåçtîvåtéd öñ thé plåtförm (%1). ~~~~~~~~~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln users will also be removed from the platform (%1).</source>
      <translation>
        <numerusform>[!! %Ln ûšérš wîll ålšö bé rémövéd fröm thé plåtförm (%1). ~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš wîll ålšö bé rémövéd fröm thé plåtförm (%1). ~~~~~~~~~~~~~~~ !!]</numerusform>
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
      <source>The directory changes were saved, but the platform did not get all of them (%1). They are sent by the next sync.</source>
      <translation>[!! Thé dîréçtörý çhåñgéš wéré šåvéd, bût thé plåtförm dîd ñöt gét åll öf thém (%1). Théý åré šéñt bý thé ñéxt šýñç. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
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
      <source>Incomplete</source>
      <translation>[!! Îñçömplété ~ !!]</translation>
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
      <source>Set the platform</source>
      <translation>[!! Šét thé plåtförm ~ !!]</translation>
    </message>
    <message>
      <source>Removed the platform</source>
      <translation>[!! Rémövéd thé plåtförm ~ !!]</translation>
    </message>
    <message>
      <source>Changed the platform settings</source>
      <translation>[!! Çhåñgéd thé plåtförm šéttîñgš ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Disconnected, keeping the users on the platform</source>
      <translation>[!! Dîšçöññéçtéd, kéépîñg thé ûšérš öñ thé plåtförm ~~~~~~~~~~~~ !!]</translation>
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
      <source>Sending changes to the platform…</source>
      <translation>[!! Šéñdîñg çhåñgéš tö thé plåtförm… ~~~~~~ !!]</translation>
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
    <name>Platform</name>
    <message>
      <source>The connection to %1 works.</source>
      <translation>[!! Thé çöññéçtîöñ tö %1 wörkš. ~~~~ !!]</translation>
    </message>
    <message>
      <source>Bulk (up to %1 operations)</source>
      <translation>[!! Bûlk (ûp tö %1 öpéråtîöñš) ~~~~ !!]</translation>
    </message>
    <message>
      <source>filters</source>
      <translation>[!! fîltérš ~ !!]</translation>
    </message>
    <message>
      <source>The platform supports: %1.</source>
      <translation>[!! Thé plåtförm šûppörtš: %1. ~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform has no PATCH: changes are sent as a PUT of the whole user.</source>
      <translation>[!! Thé plåtförm håš ñö PÅTÇH: çhåñgéš åré šéñt åš å PÛT öf thé whölé ûšér. ~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform has no Bulk: new users are created one request at a time.</source>
      <translation>[!! Thé plåtförm håš ñö Bûlk: ñéw ûšérš åré çréåtéd öñé réqûéšt åt å tîmé. ~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Groups are pushed too.</source>
      <translation>[!! Gröûpš åré pûšhéd töö. ~~ !!]</translation>
    </message>
    <message>
      <source>The platform has no groups: groups are not pushed.</source>
      <translation>[!! Thé plåtförm håš ñö gröûpš: gröûpš åré ñöt pûšhéd. ~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Not sent, because the platform does not declare them: %1.</source>
      <translation>[!! Ñöt šéñt, béçåûšé thé plåtförm döéš ñöt déçlåré thém: %1. ~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>PlatformBox</name>
    <message>
      <source>Platform (SCIM)</source>
      <translation>[!! Plåtförm (ŠÇÎM) ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Save platform</source>
      <translation>[!! &amp;Šåvé plåtförm ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Deactivate removed employees on the platform instead of deleting them</source>
      <translation>[!! &amp;Déåçtîvåté rémövéd émplöýééš öñ thé plåtförm îñštéåd öf délétîñg thém ~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Requests &amp;at once:</source>
      <translation>[!! Réqûéštš &amp;åt öñçé: ~ !!]</translation>
    </message>
    <message>
      <source>Moving to another platform leaves the users on the old one where they are.</source>
      <translation>[!! Mövîñg tö åñöthér plåtförm léåvéš thé ûšérš öñ thé öld öñé whéré théý åré. ~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 users stay on the previous platform, no longer managed.</source>
      <translation>[!! %1 ûšérš štåý öñ thé prévîöûš plåtförm, ñö löñgér måñågéd. ~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>[!! Šåvéd. ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>PlatformForm</name>
    <message>
      <source>SCIM base URL</source>
      <translation>[!! ŠÇÎM båšé ÛRL ~ !!]</translation>
    </message>
    <message>
      <source>SCIM token</source>
      <translation>[!! ŠÇÎM tökéñ ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>[!! &amp;Téšt çöññéçtîöñ ~ !!]</translation>
    </message>
    <message>
      <source>SCIM base &amp;URL:</source>
      <translation>[!! ŠÇÎM båšé &amp;ÛRL: ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Token:</source>
      <translation>[!! &amp;Tökéñ: ~ !!]</translation>
    </message>
    <message>
      <source>Kept in the keychain; type a new token to replace it</source>
      <translation>[!! Képt îñ thé kéýçhåîñ; týpé å ñéw tökéñ tö réplåçé ît ~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Not needed: the demo platform runs inside this app</source>
      <translation>[!! Ñöt ñéédéd: thé démö plåtförm rûñš îñšîdé thîš åpp ~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>[!! Téštîñg thé çöññéçtîöñ… ~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>PlatformPage</name>
    <message>
      <source>The platform</source>
      <translation>[!! Thé plåtförm ~ !!]</translation>
    </message>
    <message>
      <source>Where the shared employees are provisioned (SCIM 2.0).</source>
      <translation>[!! Whéré thé šhåréd émplöýééš åré prövîšîöñéd (ŠÇÎM 2.0). ~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Enter the platform's SCIM base URL and an API token from its admin settings. The token is kept in this computer's keychain only.</source>
      <translation>[!! Éñtér thé plåtförm'š ŠÇÎM båšé ÛRL åñd åñ ÅPÎ tökéñ fröm îtš ådmîñ šéttîñgš. Thé tökéñ îš képt îñ thîš çömpûtér'š kéýçhåîñ öñlý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Use this platform</source>
      <translation>[!! &amp;Ûšé thîš plåtförm ~ !!]</translation>
    </message>
    <message>
      <source>Set up &amp;later</source>
      <translation>[!! Šét ûp &amp;låtér ~ !!]</translation>
    </message>
    <message>
      <source>Later: the shared employees stay in this app until a platform is set in the settings.</source>
      <translation>[!! Låtér: thé šhåréd émplöýééš štåý îñ thîš åpp ûñtîl å plåtförm îš šét îñ thé šéttîñgš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Testing and saving the platform…</source>
      <translation>[!! Téštîñg åñd šåvîñg thé plåtförm… ~~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>PlatformStatusLabel</name>
    <message>
      <source>Platform status</source>
      <translation>[!! Plåtförm štåtûš ~ !!]</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>[!! Réådý ~ !!]</translation>
    </message>
    <message>
      <source>Needs a new token</source>
      <translation>[!! Ñéédš å ñéw tökéñ ~ !!]</translation>
    </message>
    <message>
      <source>Unreachable</source>
      <translation>[!! Ûñréåçhåblé ~ !!]</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>[!! Ñöt šét ~ !!]</translation>
    </message>
    <message>
      <source>No platform set: the %1 shared employees stay in this app. Set the platform in the settings.</source>
      <translation>[!! Ñö plåtförm šét: thé %1 šhåréd émplöýééš štåý îñ thîš åpp. Šét thé plåtförm îñ thé šéttîñgš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 (the demo platform inside this app)</source>
      <translation>[!! %1 (thé démö plåtförm îñšîdé thîš åpp) ~~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 · %2 · %3 users on the platform</source>
      <translation>[!! %1 · %2 · %3 ûšérš öñ thé plåtförm ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 waiting to be sent, %2 refused by the platform (retried with every sync)</source>
      <translation>[!! %1 wåîtîñg tö bé šéñt, %2 réfûšéd bý thé plåtförm (rétrîéd wîth évérý šýñç) ~~~~~~~~~~~~~~~~~~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln other users on the platform are not managed by this app and are never changed.</source>
      <translation>
        <numerusform>[!! %Ln öthér ûšérš öñ thé plåtförm åré ñöt måñågéd bý thîš åpp åñd åré ñévér çhåñgéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln öthér ûšérš öñ thé plåtförm åré ñöt måñågéd bý thîš åpp åñd åré ñévér çhåñgéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~ !!]</numerusform>
      </translation>
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
      <source>Platform</source>
      <translation>[!! Plåtförm ~ !!]</translation>
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
      <source>Provisioned</source>
      <translation>[!! Prövîšîöñéd ~ !!]</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>[!! Péñdîñg ~ !!]</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>[!! Fåîléd ~ !!]</translation>
    </message>
    <message>
      <source>Deactivated</source>
      <translation>[!! Déåçtîvåtéd ~ !!]</translation>
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
      <source>Only &amp;failed on the platform</source>
      <translation>[!! Öñlý &amp;fåîléd öñ thé plåtförm ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Show only the users the platform refused, with the reason</source>
      <translation>[!! Šhöw öñlý thé ûšérš thé plåtförm réfûšéd, wîth thé réåšöñ ~~~~~~~~~~~~~~~~ !!]</translation>
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
