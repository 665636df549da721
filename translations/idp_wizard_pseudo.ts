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
      <translation>[!! Ñöthîñg çhåñgéš: thé šåmé émplöýééš štåý šhåréd. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln employees will be added.</source>
      <translation>
        <numerusform>[!! %Ln émplöýééš wîll bé åddéd. ~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln émplöýééš wîll bé åddéd. ~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln employees will be removed.</source>
      <translation>
        <numerusform>[!! %Ln émplöýééš wîll bé rémövéd. ~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln émplöýééš wîll bé rémövéd. ~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>No employee is added or removed.</source>
      <translation>[!! Ñö émplöýéé îš åddéd ör rémövéd. ~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>The details of %Ln employees will be updated.</source>
      <translation>
        <numerusform>[!! Thé détåîlš öf %Ln émplöýééš wîll bé ûpdåtéd. ~~~~~~~~ ~~~ !!]</numerusform>
        <numerusform>[!! Thé détåîlš öf %Ln émplöýééš wîll bé ûpdåtéd. ~~~~~~~~ ~~~ !!]</numerusform>
      </translation>
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
      <translation>[!! Rémövéd émplöýééš löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>A&amp;pply and remove %Ln employees</source>
      <translation>
        <numerusform>[!! Å&amp;pplý åñd rémövé %Ln émplöýééš ~~~~~~ !!]</numerusform>
        <numerusform>[!! Å&amp;pplý åñd rémövé %Ln émplöýééš ~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>A&amp;pply the filter</source>
      <translation>[!! Å&amp;pplý thé fîltér ~ !!]</translation>
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
      <source>Check the platform</source>
      <translation>[!! Çhéçk thé plåtförm ~ !!]</translation>
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
    <message numerus="yes">
      <source>%Ln users</source>
      <translation>
        <numerusform>[!! %Ln ûšérš ~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš ~ !!]</numerusform>
      </translation>
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
      <translation>[!! &amp;Ñåmé öf thé ñéw çlîéñt (thé çûštömér örgåñîšåtîöñ): ~~~~~~~~ ~~~~~~ !!]</translation>
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
      <translation>[!! Thé šçhédûléd šýñç öf %1 wåš héld: révîéw îtš rémövålš. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The scheduled sync of %1 failed.</source>
      <translation>[!! Thé šçhédûléd šýñç öf %1 fåîléd. ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The scheduled sync of %1 was saved, but the platform did not get all of it; the rest is sent by its next sync.</source>
      <translation>[!! Thé šçhédûléd šýñç öf %1 wåš šåvéd, bût thé plåtförm dîd ñöt gét åll öf ît; thé réšt îš šéñt bý îtš ñéxt šýñç. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
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
    <name>ConnectCallToAction</name>
    <message>
      <source>Connect your identity provider</source>
      <translation>[!! Çöññéçt ýöûr îdéñtîtý prövîdér ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Connect Microsoft Entra ID or Google Workspace, choose which employees to share, and IdP Wizard keeps exactly them provisioned on the platform.</source>
      <translation>[!! Çöññéçt Mîçröšöft Éñtrå ÎD ör Gööglé Wörkšpåçé, çhööšé whîçh émplöýééš tö šhåré, åñd ÎdP Wîžård kéépš éxåçtlý thém prövîšîöñéd öñ thé plåtförm. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Connect an identity provider…</source>
      <translation>[!! &amp;Çöññéçt åñ îdéñtîtý prövîdér… ~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>ConnectionHeader</name>
    <message>
      <source>Connection status</source>
      <translation>[!! Çöññéçtîöñ štåtûš ~ !!]</translation>
    </message>
    <message>
      <source>Connection actions (%1)</source>
      <translation>[!! Çöññéçtîöñ åçtîöñš (%1) ~~~ !!]</translation>
    </message>
    <message>
      <source>Connection actions</source>
      <translation>[!! Çöññéçtîöñ åçtîöñš ~ !!]</translation>
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
      <source>IdP Wizard</source>
      <translation>[!! ÎdP Wîžård ~ !!]</translation>
    </message>
    <message>
      <source>No identity provider connected</source>
      <translation>[!! Ñö îdéñtîtý prövîdér çöññéçtéd ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Connect one below to choose which employees to share with the platform.</source>
      <translation>[!! Çöññéçt öñé bélöw tö çhööšé whîçh émplöýééš tö šhåré wîth thé plåtförm. ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
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
        <numerusform>[!! %Ln ûšérš thé åpp prövîšîöñéd åré štîll öñ thé plåtförm: ît çöûld ñöt bé réåçhéd whéñ dîšçöññéçtîñg. Rémövé thém ñöw, ör théý štåý théré. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš thé åpp prövîšîöñéd åré štîll öñ thé plåtförm: ît çöûld ñöt bé réåçhéd whéñ dîšçöññéçtîñg. Rémövé thém ñöw, ör théý štåý théré. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>A change of the user filters waits for your confirmation: %1. It would remove %2 of %3 users. Until you confirm it, the current filters stay in force.</source>
      <translation>[!! Å çhåñgé öf thé ûšér fîltérš wåîtš för ýöûr çöñfîrmåtîöñ: %1. Ît wöûld rémövé %2 öf %3 ûšérš. Ûñtîl ýöû çöñfîrm ît, thé çûrréñt fîltérš štåý îñ förçé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>This sync would remove %1 of %2 users. Nothing was applied: review the removals and confirm them, or fix the directory or the user filters.</source>
      <translation>[!! Thîš šýñç wöûld rémövé %1 öf %2 ûšérš. Ñöthîñg wåš åpplîéd: révîéw thé rémövålš åñd çöñfîrm thém, ör fîx thé dîréçtörý ör thé ûšér fîltérš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The connection needs to be authorized again; scheduled syncs are paused until then. The synced users are kept.</source>
      <translation>[!! Thé çöññéçtîöñ ñéédš tö bé åûthörîžéd ågåîñ; šçhédûléd šýñçš åré påûšéd ûñtîl théñ. Thé šýñçéd ûšérš åré képt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>[!! Ñévér ~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2: %3 added, %4 updated, %5 removed</source>
      <translation>[!! %1 — %2: %3 åddéd, %4 ûpdåtéd, %5 rémövéd ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2: the directory changes were saved; the platform did not get all of them (%3 wait for the next sync)</source>
      <translation>[!! %1 — %2: thé dîréçtörý çhåñgéš wéré šåvéd; thé plåtförm dîd ñöt gét åll öf thém (%3 wåît för thé ñéxt šýñç) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2: the scheduled sync was skipped because the connection needs to be authorized again (see above). Nothing was changed.</source>
      <translation>[!! %1 — %2: thé šçhédûléd šýñç wåš škîppéd béçåûšé thé çöññéçtîöñ ñéédš tö bé åûthörîžéd ågåîñ (šéé åbövé). Ñöthîñg wåš çhåñgéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2: the connection needs to be authorized again (see above). Nothing was changed.</source>
      <translation>[!! %1 — %2: thé çöññéçtîöñ ñéédš tö bé åûthörîžéd ågåîñ (šéé åbövé). Ñöthîñg wåš çhåñgéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2. Nothing was changed: %3</source>
      <translation>[!! %1 — %2. Ñöthîñg wåš çhåñgéd: %3 ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>[!! %1 — %2 ~ !!]</translation>
    </message>
    <message>
      <source>Paused until the connection is reauthorized</source>
      <translation>[!! Påûšéd ûñtîl thé çöññéçtîöñ îš réåûthörîžéd ~~~~~~~~ ~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Core</name>
    <message>
      <source>'{address}' is not a valid e-mail address</source>
      <translation>[!! '{address}' îš ñöt å vålîd é-måîl åddréšš ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>--demo-size must be between 1 and {limit} (got {size}).</source>
      <translation>[!! --démö-šîžé mûšt bé bétwééñ 1 åñd {limit} (göt {size}). ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>--interval must be between {low} and {high} minutes (got {interval}).</source>
      <translation>[!! --îñtérvål mûšt bé bétwééñ {low} åñd {high} mîñûtéš (göt {interval}). ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>1 round of changes</source>
      <translation>[!! 1 röûñd öf çhåñgéš ~ !!]</translation>
    </message>
    <message>
      <source>1 second</source>
      <translation>[!! 1 šéçöñd ~ !!]</translation>
    </message>
    <message>
      <source>All employees</source>
      <translation>[!! Åll émplöýééš ~ !!]</translation>
    </message>
    <message>
      <source>An Entra application (client) ID is needed to sign in.</source>
      <translation>[!! Åñ Éñtrå åpplîçåtîöñ (çlîéñt) ÎD îš ñéédéd tö šîgñ îñ. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>[!! Çåñçélléd. ~ !!]</translation>
    </message>
    <message>
      <source>Cannot connect to {host} (connection refused, {tries}): check the SCIM base URL and the network.</source>
      <translation>[!! Çåññöt çöññéçt tö {host} (çöññéçtîöñ réfûšéd, {tries}): çhéçk thé ŠÇÎM båšé ÛRL åñd thé ñétwörk. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot listen for the sign-in answer on port {port} of this computer ({reason}); another program is using it. Close it or choose another port.</source>
      <translation>[!! Çåññöt lîštéñ för thé šîgñ-îñ åñšwér öñ pört {port} öf thîš çömpûtér ({reason}); åñöthér prögråm îš ûšîñg ît. Çlöšé ît ör çhööšé åñöthér pört. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Cannot listen for the sign-in answer on port {port} of this computer ({reason}); another program is using it. Close it, or sign in with another port or with a device code.</source>
      <translation>[!! Çåññöt lîštéñ för thé šîgñ-îñ åñšwér öñ pört {port} öf thîš çömpûtér ({reason}); åñöthér prögråm îš ûšîñg ît. Çlöšé ît, ör šîgñ îñ wîth åñöthér pört ör wîth å dévîçé çödé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}.</source>
      <translation>[!! Çåññöt réåd {path}: {reason}. ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot send a request to {host}: check the SCIM base URL.</source>
      <translation>[!! Çåññöt šéñd å réqûéšt tö {host}: çhéçk thé ŠÇÎM båšé ÛRL. ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot send a request to {provider} ({error}).</source>
      <translation>[!! Çåññöt šéñd å réqûéšt tö {provider} ({error}). ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot use the database {path}: it has IdP Wizard tables but no schema version (damaged or changed by hand). It was left as it is: restore a backup or move it away to start afresh.</source>
      <translation>[!! Çåññöt ûšé thé dåtåbåšé {path}: ît håš ÎdP Wîžård tåbléš bût ñö šçhémå véršîöñ (dåmågéd ör çhåñgéd bý håñd). Ît wåš léft åš ît îš: réštöré å båçkûp ör mövé ît åwåý tö štårt åfréšh. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Cannot use the database {path}: it is damaged (the table {table} is missing). It was left as it is: restore a backup or move it away to start afresh.</source>
      <translation>[!! Çåññöt ûšé thé dåtåbåšé {path}: ît îš dåmågéd (thé tåblé {table} îš mîššîñg). Ît wåš léft åš ît îš: réštöré å båçkûp ör mövé ît åwåý tö štårt åfréšh. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot use the database {path}: permission denied ({reason}).</source>
      <translation>[!! Çåññöt ûšé thé dåtåbåšé {path}: pérmîššîöñ déñîéd ({reason}). ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Cannot use the database {path}: {why}.</source>
      <translation>[!! Çåññöt ûšé thé dåtåbåšé {path}: {why}. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Cannot use the database {path}: {why}. It was left as it is: restore a backup or move it away to start afresh.</source>
      <translation>[!! Çåññöt ûšé thé dåtåbåšé {path}: {why}. Ît wåš léft åš ît îš: réštöré å båçkûp ör mövé ît åwåý tö štårt åfréšh. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot use the lock file {path} ({why}); remove or fix it, then try again.</source>
      <translation>[!! Çåññöt ûšé thé löçk fîlé {path} ({why}); rémövé ör fîx ît, théñ trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Choosing employees by group needs permission to read group memberships ({permission}), which this connection did not ask for because groups were left out of the user data options. Ask for group access (in the app: Edit user filters, Groups), then reauthorize the connection; IdP Wizard then asks for this permission too.</source>
      <translation>[!! Çhööšîñg émplöýééš bý gröûp ñéédš pérmîššîöñ tö réåd gröûp mémbéršhîpš ({permission}), whîçh thîš çöññéçtîöñ dîd ñöt åšk för béçåûšé gröûpš wéré léft öût öf thé ûšér dåtå öptîöñš. Åšk för gröûp åççéšš (îñ thé åpp: Édît ûšér fîltérš, Gröûpš), théñ réåûthörîžé thé çöññéçtîöñ; ÎdP Wîžård théñ åškš för thîš pérmîššîöñ töö. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Choosing employees by group needs permission to read group memberships ({permission}), which this connection has not been granted. Reauthorize the connection to grant it (in the app: the ⋮ menu, Reauthorize connection; on the command line: {command}).</source>
      <translation>[!! Çhööšîñg émplöýééš bý gröûp ñéédš pérmîššîöñ tö réåd gröûp mémbéršhîpš ({permission}), whîçh thîš çöññéçtîöñ håš ñöt bééñ gråñtéd. Réåûthörîžé thé çöññéçtîöñ tö gråñt ît (îñ thé åpp: thé ⋮ méñû, Réåûthörîžé çöññéçtîöñ; öñ thé çömmåñd lîñé: {command}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Connect the demo tenant first ({command}).</source>
      <translation>[!! Çöññéçt thé démö téñåñt fîršt ({command}). ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Could not open a web browser for the sign-in. Open one and try again, or sign in with a device code instead.</source>
      <translation>[!! Çöûld ñöt öpéñ å wéb bröwšér för thé šîgñ-îñ. Öpéñ öñé åñd trý ågåîñ, ör šîgñ îñ wîth å dévîçé çödé îñštéåd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Demo mode: a device code would be shown here; the sign-in is simulated.</source>
      <translation>[!! Démö mödé: å dévîçé çödé wöûld bé šhöwñ héré; thé šîgñ-îñ îš šîmûlåtéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employees {criteria}</source>
      <translation>[!! Émplöýééš {criteria} ~ !!]</translation>
    </message>
    <message>
      <source>Google Directory API returned a malformed user list.</source>
      <translation>[!! Gööglé Dîréçtörý ÅPÎ rétûrñéd å målförméd ûšér lîšt. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Google Workspace has no device-code sign-in for these permissions; sign in with the browser.</source>
      <translation>[!! Gööglé Wörkšpåçé håš ñö dévîçé-çödé šîgñ-îñ för théšé pérmîššîöñš; šîgñ îñ wîth thé bröwšér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Google could not be reached to revoke the sign-in, so it was only removed from this computer's keychain; it can be removed at https://myaccount.google.com/permissions.</source>
      <translation>[!! Gööglé çöûld ñöt bé réåçhéd tö révöké thé šîgñ-îñ, šö ît wåš öñlý rémövéd fröm thîš çömpûtér'š kéýçhåîñ; ît çåñ bé rémövéd åt https://myaccount.google.com/permissions. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Google did not say who signed in (no e-mail or no refresh token); try again.</source>
      <translation>[!! Gööglé dîd ñöt šåý whö šîgñéd îñ (ñö é-måîl ör ñö réfréšh tökéñ); trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Google does not know this OAuth client ({code}). Check the client_secret.json file. {hint}</source>
      <translation>[!! Gööglé döéš ñöt kñöw thîš ÖÅûth çlîéñt ({code}). Çhéçk thé çlîéñt_šéçrét.jšöñ fîlé. {hint} ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Google granted only part of the requested access; missing: {names}. Sign in again and leave every permission ticked (all are read-only).</source>
      <translation>[!! Gööglé gråñtéd öñlý pårt öf thé réqûéštéd åççéšš; mîššîñg: {names}. Šîgñ îñ ågåîñ åñd léåvé évérý pérmîššîöñ tîçkéd (åll åré réåd-öñlý). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Google refused the sign-in ({code}).</source>
      <translation>[!! Gööglé réfûšéd thé šîgñ-îñ ({code}). ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Google refused to renew the sign-in ({code}); try again later.</source>
      <translation>[!! Gööglé réfûšéd tö réñéw thé šîgñ-îñ ({code}); trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Group access is requested. Reauthorize the connection (the ⋮ menu, Reauthorize connection) and accept the new permission ({permission}); group criteria are offered after the next synchronization of rules.</source>
      <translation>[!! Gröûp åççéšš îš réqûéštéd. Réåûthörîžé thé çöññéçtîöñ (thé ⋮ méñû, Réåûthörîžé çöññéçtîöñ) åñd åççépt thé ñéw pérmîššîöñ ({permission}); gröûp çrîtérîå åré öfféréd åftér thé ñéxt šýñçhröñîžåtîöñ öf rûléš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>In the Google Cloud console (APIs &amp; Services &gt; Credentials) create an OAuth client ID of type 'Desktop app' in a project with the Admin SDK API enabled, download its JSON and connect with --client-secret-file client_secret.json.</source>
      <translation>[!! Îñ thé Gööglé Çlöûd çöñšölé (ÅPÎš &amp; Šérvîçéš &gt; Çrédéñtîålš) çréåté åñ ÖÅûth çlîéñt ÎD öf týpé 'Déšktöp åpp' îñ å pröjéçt wîth thé Ådmîñ ŠDK ÅPÎ éñåbléd, döwñlöåd îtš JŠÖÑ åñd çöññéçt wîth --çlîéñt-šéçrét-fîlé çlîéñt_šéçrét.jšöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>JSON that is not SCIM</source>
      <translation>[!! JŠÖÑ thåt îš ñöt ŠÇÎM ~~ !!]</translation>
    </message>
    <message>
      <source>Loading the LaunchAgent (launchctl bootstrap)</source>
      <translation>[!! Löådîñg thé LåûñçhÅgéñt (låûñçhçtl böötštråp) ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Microsoft Entra ID did not say who signed in; try again.</source>
      <translation>[!! Mîçröšöft Éñtrå ÎD dîd ñöt šåý whö šîgñéd îñ; trý ågåîñ. ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Microsoft Entra ID refused the sign-in ({code}).</source>
      <translation>[!! Mîçröšöft Éñtrå ÎD réfûšéd thé šîgñ-îñ ({code}). ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Microsoft Entra ID refused to renew the sign-in ({code}); try again later.</source>
      <translation>[!! Mîçröšöft Éñtrå ÎD réfûšéd tö réñéw thé šîgñ-îñ ({code}); trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Microsoft Graph returned a malformed user list.</source>
      <translation>[!! Mîçröšöft Gråph rétûrñéd å målförméd ûšér lîšt. ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Neither a systemd user session nor cron (crontab) is available to schedule syncs on this computer.</source>
      <translation>[!! Ñéîthér å šýštémd ûšér šéššîöñ ñör çröñ (çröñtåb) îš åvåîlåblé tö šçhédûlé šýñçš öñ thîš çömpûtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>No Entra app registration is configured. {hint}</source>
      <translation>[!! Ñö Éñtrå åpp régîštråtîöñ îš çöñfîgûréd. {hint} ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>No Google OAuth client is configured. {hint}</source>
      <translation>[!! Ñö Gööglé ÖÅûth çlîéñt îš çöñfîgûréd. {hint} ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>No identity provider is connected.</source>
      <translation>[!! Ñö îdéñtîtý prövîdér îš çöññéçtéd. ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>No identity provider is connected. Connect one first ({command}).</source>
      <translation>[!! Ñö îdéñtîtý prövîdér îš çöññéçtéd. Çöññéçt öñé fîršt ({command}). ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>No scheduled sync was installed ({scheduler}).</source>
      <translation>[!! Ñö šçhédûléd šýñç wåš îñštålléd ({scheduler}). ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>No scheduler is available on this computer: neither a systemd user session nor cron (crontab). Install cron (Debian/Ubuntu: apt-get install cron; Fedora: dnf install cronie), or keep the app open: it syncs on its own schedule while it runs.</source>
      <translation>[!! Ñö šçhédûlér îš åvåîlåblé öñ thîš çömpûtér: ñéîthér å šýštémd ûšér šéššîöñ ñör çröñ (çröñtåb). Îñštåll çröñ (Débîåñ/Ûbûñtû: åpt-gét îñštåll çröñ; Fédörå: dñf îñštåll çröñîé), ör kéép thé åpp öpéñ: ît šýñçš öñ îtš öwñ šçhédûlé whîlé ît rûñš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>No system keychain is available ({what}); IdP Wizard stores sign-in tokens only in the keychain, never in a file. On Linux install and unlock GNOME Keyring or KWallet.</source>
      <translation>[!! Ñö šýštém kéýçhåîñ îš åvåîlåblé ({what}); ÎdP Wîžård štöréš šîgñ-îñ tökéñš öñlý îñ thé kéýçhåîñ, ñévér îñ å fîlé. Öñ Lîñûx îñštåll åñd ûñlöçk GÑÖMÉ Kéýrîñg ör KWållét. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Note: {note}.</source>
      <translation>[!! Ñöté: {note}. ~ !!]</translation>
    </message>
    <message>
      <source>On a computer without a display, use the command line ({program} --help) or check this installation with {program} --self-test</source>
      <translation>[!! Öñ å çömpûtér wîthöût å dîšplåý, ûšé thé çömmåñd lîñé ({program} --hélp) ör çhéçk thîš îñštållåtîöñ wîth {program} --šélf-téšt ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Reading the crontab (crontab -l)</source>
      <translation>[!! Réådîñg thé çröñtåb (çröñtåb -l) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Register one in the Microsoft Entra admin center: App registrations &gt; New registration, platform 'Mobile and desktop applications' with redirect URI http://localhost, allow public client flows, add the delegated Microsoft Graph permissions User.Read, User.Read.All and RoleManagement.Read.Directory (and GroupMember.Read.All to choose employees by group), press 'Grant admin consent', then connect with --client-id &lt;Application (client) ID&gt;.</source>
      <translation>[!! Régîštér öñé îñ thé Mîçröšöft Éñtrå ådmîñ çéñtér: Åpp régîštråtîöñš &gt; Ñéw régîštråtîöñ, plåtförm 'Möbîlé åñd déšktöp åpplîçåtîöñš' wîth rédîréçt ÛRÎ http://localhost, ållöw pûblîç çlîéñt flöwš, ådd thé délégåtéd Mîçröšöft Gråph pérmîššîöñš Ûšér.Réåd, Ûšér.Réåd.Åll åñd RöléMåñågéméñt.Réåd.Dîréçtörý (åñd GröûpMémbér.Réåd.Åll tö çhööšé émplöýééš bý gröûp), préšš 'Gråñt ådmîñ çöñšéñt', théñ çöññéçt wîth --çlîéñt-îd &lt;Application (client) ID&gt;. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Registering the task (schtasks /Create)</source>
      <translation>[!! Régîštérîñg thé tåšk (šçhtåškš /Çréåté) ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Removed the scheduled sync from {scheduler}.</source>
      <translation>[!! Rémövéd thé šçhédûléd šýñç fröm {scheduler}. ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Removing the task (schtasks /Delete)</source>
      <translation>[!! Rémövîñg thé tåšk (šçhtåškš /Délété) ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>No identity provider is connected yet: the scheduled syncs have nothing to do until one is.</source>
      <translation>[!! Ñö îdéñtîtý prövîdér îš çöññéçtéd ýét: thé šçhédûléd šýñçš håvé ñöthîñg tö dö ûñtîl öñé îš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>(demo profile)</source>
      <translation>[!! (démö pröfîlé) ~ !!]</translation>
    </message>
    <message>
      <source>--all-clients syncs every client; leave out --client NAME</source>
      <translation>[!! --åll-çlîéñtš šýñçš évérý çlîéñt; léåvé öût --çlîéñt ÑÅMÉ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>--allow-deletions confirms one client's removals; use it with --client NAME, not with --all-clients</source>
      <translation>[!! --ållöw-délétîöñš çöñfîrmš öñé çlîéñt'š rémövålš; ûšé ît wîth --çlîéñt ÑÅMÉ, ñöt wîth --åll-çlîéñtš ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>--client does not apply to 'clients' commands; they name the client themselves</source>
      <translation>[!! --çlîéñt döéš ñöt åpplý tö 'çlîéñtš' çömmåñdš; théý ñåmé thé çlîéñt thémšélvéš ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>--client does not apply to 'schedule': one scheduled task syncs every client</source>
      <translation>[!! --çlîéñt döéš ñöt åpplý tö 'šçhédûlé': öñé šçhédûléd tåšk šýñçš évérý çlîéñt ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>--demo-size needs --demo (it sets the size of the demo tenant)</source>
      <translation>[!! --démö-šîžé ñéédš --démö (ît šétš thé šîžé öf thé démö téñåñt) ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>--demo-size sets a demo client's size when it connects; use it with --client NAME connect</source>
      <translation>[!! --démö-šîžé šétš å démö çlîéñt'š šîžé whéñ ît çöññéçtš; ûšé ît wîth --çlîéñt ÑÅMÉ çöññéçt ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>--token-file and --token-stdin need --scim-url.</source>
      <translation>[!! --tökéñ-fîlé åñd --tökéñ-štdîñ ñééd --šçîm-ûrl. ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>... and {count} more</source>
      <translation>[!! ... åñd {count} möré ~ !!]</translation>
    </message>
    <message>
      <source>... and {count} more ({command})</source>
      <translation>[!! ... åñd {count} möré ({command}) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>... and {count} more to add</source>
      <translation>[!! ... åñd {count} möré tö ådd ~~~~ !!]</translation>
    </message>
    <message>
      <source>... and {count} more to remove</source>
      <translation>[!! ... åñd {count} möré tö rémövé ~~~~~ !!]</translation>
    </message>
    <message>
      <source>... {count} more (use --json for all)</source>
      <translation>[!! ... {count} möré (ûšé --jšöñ för åll) ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>A Conditional Access policy of the tenant blocks this sign-in ({code}). Ask an administrator of the tenant to let IdP Wizard (or this device or network) through, then sign in again.</source>
      <translation>[!! Å Çöñdîtîöñål Åççéšš pölîçý öf thé téñåñt blöçkš thîš šîgñ-îñ ({code}). Åšk åñ ådmîñîštråtör öf thé téñåñt tö lét ÎdP Wîžård (ör thîš dévîçé ör ñétwörk) thröûgh, théñ šîgñ îñ ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>A Conditional Access policy of the tenant now blocks IdP Wizard's sign-in ({code}). Ask an administrator of the tenant to let IdP Wizard through, then reauthorize the connection.</source>
      <translation>[!! Å Çöñdîtîöñål Åççéšš pölîçý öf thé téñåñt ñöw blöçkš ÎdP Wîžård'š šîgñ-îñ ({code}). Åšk åñ ådmîñîštråtör öf thé téñåñt tö lét ÎdP Wîžård thröûgh, théñ réåûthörîžé thé çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>A filter change waits for confirmation: {summary}. {removes} The current filter stays in force until {confirm} applies the change; to keep the current filter, give it to filters set again ({show} prints it).</source>
      <translation>[!! Å fîltér çhåñgé wåîtš för çöñfîrmåtîöñ: {summary}. {removes} Thé çûrréñt fîltér štåýš îñ förçé ûñtîl {confirm} åpplîéš thé çhåñgé; tö kéép thé çûrréñt fîltér, gîvé ît tö fîltérš šét ågåîñ ({show} prîñtš ît). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Added the client {name}. Connect it with: {command}</source>
      <translation>[!! Åddéd thé çlîéñt {name}. Çöññéçt ît wîth: {command} ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Added the client {name}. Its demo tenant: {tenant}. Connect it with: {command}</source>
      <translation>[!! Åddéd thé çlîéñt {name}. Îtš démö téñåñt: {tenant}. Çöññéçt ît wîth: {command} ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Admin actions:</source>
      <translation>[!! Ådmîñ åçtîöñš: ~ !!]</translation>
    </message>
    <message>
      <source>An internal error stopped the push to the platform; what is left is sent by the next sync.</source>
      <translation>[!! Åñ îñtérñål érrör štöppéd thé pûšh tö thé plåtförm; whåt îš léft îš šéñt bý thé ñéxt šýñç. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>An internal error stopped this sync; nothing was applied. Details are in the log.</source>
      <translation>[!! Åñ îñtérñål érrör štöppéd thîš šýñç; ñöthîñg wåš åpplîéd. Détåîlš åré îñ thé lög. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Attributes sent: {attributes}.</source>
      <translation>[!! Åttrîbûtéš šéñt: {attributes}. ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Bulk (up to {operations} operations, {size} bytes)</source>
      <translation>[!! Bûlk (ûp tö {operations} öpéråtîöñš, {size} býtéš) ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>CLIENT</source>
      <translation>[!! ÇLÎÉÑT ~ !!]</translation>
    </message>
    <message>
      <source>Cannot reach Google to renew the sign-in ({reason}); check the network connection and try again.</source>
      <translation>[!! Çåññöt réåçh Gööglé tö réñéw thé šîgñ-îñ ({reason}); çhéçk thé ñétwörk çöññéçtîöñ åñd trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot reach Google's sign-in service ({reason}); check the network connection and try again.</source>
      <translation>[!! Çåññöt réåçh Gööglé'š šîgñ-îñ šérvîçé ({reason}); çhéçk thé ñétwörk çöññéçtîöñ åñd trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot reach the Microsoft sign-in service ({reason}); check the network connection and try again.</source>
      <translation>[!! Çåññöt réåçh thé Mîçröšöft šîgñ-îñ šérvîçé ({reason}); çhéçk thé ñétwörk çöññéçtîöñ åñd trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Cannot reach the Microsoft sign-in service {authority} ({reason}); check the network connection and try again.</source>
      <translation>[!! Çåññöt réåçh thé Mîçröšöft šîgñ-îñ šérvîçé {authority} ({reason}); çhéçk thé ñétwörk çöññéçtîöñ åñd trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot remove {path} ({reason}).</source>
      <translation>[!! Çåññöt rémövé {path} ({reason}). ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot schedule syncs: {path} ({what}) contains {character}, which a scheduled task's command cannot hold safely (a line break would start another crontab line or unit setting). Nothing was changed; choose a path without it.</source>
      <translation>[!! Çåññöt šçhédûlé šýñçš: {path} ({what}) çöñtåîñš {character}, whîçh å šçhédûléd tåšk'š çömmåñd çåññöt höld šåfélý (å lîñé bréåk wöûld štårt åñöthér çröñtåb lîñé ör ûñît šéttîñg). Ñöthîñg wåš çhåñgéd; çhööšé å påth wîthöût ît. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot schedule syncs: {path} ({what}) contains {variable}, which Windows replaces with the value of that environment variable when the task runs, so the task would run something else. Nothing was changed; choose a path without a %NAME% pair.</source>
      <translation>[!! Çåññöt šçhédûlé šýñçš: {path} ({what}) çöñtåîñš {variable}, whîçh Wîñdöwš réplåçéš wîth thé vålûé öf thåt éñvîröñméñt vårîåblé whéñ thé tåšk rûñš, šö thé tåšk wöûld rûñ šöméthîñg élšé. Ñöthîñg wåš çhåñgéd; çhööšé å påth wîthöût å %ÑÅMÉ% påîr. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Cannot use the lock file {path} ({reason}); nothing was changed. Remove or fix it, then try again.</source>
      <translation>[!! Çåññöt ûšé thé löçk fîlé {path} ({reason}); ñöthîñg wåš çhåñgéd. Rémövé ör fîx ît, théñ trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Cannot write {path} ({reason}).</source>
      <translation>[!! Çåññöt wrîté {path} ({reason}). ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Choose an identity provider first.</source>
      <translation>[!! Çhööšé åñ îdéñtîtý prövîdér fîršt. ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Client {name}:</source>
      <translation>[!! Çlîéñt {name}: ~ !!]</translation>
    </message>
    <message>
      <source>Client:</source>
      <translation>[!! Çlîéñt: ~ !!]</translation>
    </message>
    <message>
      <source>Client: {name}</source>
      <translation>[!! Çlîéñt: {name} ~ !!]</translation>
    </message>
    <message>
      <source>Comparing with the platform</source>
      <translation>[!! Çömpårîñg wîth thé plåtförm ~~~~ !!]</translation>
    </message>
    <message>
      <source>Comparing with the synced users</source>
      <translation>[!! Çömpårîñg wîth thé šýñçéd ûšérš ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Confirm with: {command}</source>
      <translation>[!! Çöñfîrm wîth: {command} ~~~ !!]</translation>
    </message>
    <message>
      <source>Connect Microsoft Entra ID or Google Workspace and provision the employees you choose. Without a command, opens the desktop app.</source>
      <translation>[!! Çöññéçt Mîçröšöft Éñtrå ÎD ör Gööglé Wörkšpåçé åñd prövîšîöñ thé émplöýééš ýöû çhööšé. Wîthöût å çömmåñd, öpéñš thé déšktöp åpp. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>[!! Çöññéçtéd ~ !!]</translation>
    </message>
    <message>
      <source>Connected to {provider} ({tenant}) as {account}.</source>
      <translation>[!! Çöññéçtéd tö {provider} ({tenant}) åš {account}. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Connecting</source>
      <translation>[!! Çöññéçtîñg ~ !!]</translation>
    </message>
    <message>
      <source>Connection to {url} works.</source>
      <translation>[!! Çöññéçtîöñ tö {url} wörkš. ~~~~ !!]</translation>
    </message>
    <message>
      <source>DEPARTMENT</source>
      <translation>[!! DÉPÅRTMÉÑT ~ !!]</translation>
    </message>
    <message>
      <source>Directory part saved: added {added}, updated {updated}, removed {removed}; {shared} of {directory} employees shared.</source>
      <translation>[!! Dîréçtörý pårt šåvéd: åddéd {added}, ûpdåtéd {updated}, rémövéd {removed}; {shared} öf {directory} émplöýééš šhåréd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Disconnected {provider}. {count} synced users were removed.</source>
      <translation>[!! Dîšçöññéçtéd {provider}. {count} šýñçéd ûšérš wéré rémövéd. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Disconnected {provider}; {error}</source>
      <translation>[!! Dîšçöññéçtéd {provider}; {error} ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Dry run (nothing was changed): would add {added}, update {updated}, remove {removed}; {shared} of {directory} employees shared.</source>
      <translation>[!! Drý rûñ (ñöthîñg wåš çhåñgéd): wöûld ådd {added}, ûpdåté {updated}, rémövé {removed}; {shared} öf {directory} émplöýééš šhåréd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Dry run: nothing was saved.</source>
      <translation>[!! Drý rûñ: ñöthîñg wåš šåvéd. ~~~~ !!]</translation>
    </message>
    <message>
      <source>E-MAIL</source>
      <translation>[!! É-MÅÎL ~ !!]</translation>
    </message>
    <message>
      <source>Entra: national cloud (default global)</source>
      <translation>[!! Éñtrå: ñåtîöñål çlöûd (défåûlt glöbål) ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Entra: sign in with a code on another device instead of a browser here</source>
      <translation>[!! Éñtrå: šîgñ îñ wîth å çödé öñ åñöthér dévîçé îñštéåd öf å bröwšér héré ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Entra: tenant ID or domain (default: the signed-in admin's)</source>
      <translation>[!! Éñtrå: téñåñt ÎD ör dömåîñ (défåûlt: thé šîgñéd-îñ ådmîñ'š) ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Entra: the application (client) ID of your app registration (remembered for next time)</source>
      <translation>[!! Éñtrå: thé åpplîçåtîöñ (çlîéñt) ÎD öf ýöûr åpp régîštråtîöñ (rémémbéréd för ñéxt tîmé) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Exclude {attribute}: {values}</source>
      <translation>[!! Éxçlûdé {attribute}: {values} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Filter change held: {reason}</source>
      <translation>[!! Fîltér çhåñgé héld: {reason} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Give the platform's SCIM token (--token-file or --token-stdin).</source>
      <translation>[!! Gîvé thé plåtförm'š ŠÇÎM tökéñ (--tökéñ-fîlé ör --tökéñ-štdîñ). ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Google's sign-in service answered something that is not a sign-in answer (perhaps a page of a proxy or firewall); try again in a few minutes. If it keeps happening, check the network's proxy settings.</source>
      <translation>[!! Gööglé'š šîgñ-îñ šérvîçé åñšwéréd šöméthîñg thåt îš ñöt å šîgñ-îñ åñšwér (pérhåpš å pågé öf å pröxý ör fîréwåll); trý ågåîñ îñ å féw mîñûtéš. Îf ît kéépš håppéñîñg, çhéçk thé ñétwörk'š pröxý šéttîñgš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Google's sign-in service is unavailable at the moment ({code}); try again in a few minutes.</source>
      <translation>[!! Gööglé'š šîgñ-îñ šérvîçé îš ûñåvåîlåblé åt thé möméñt ({code}); trý ågåîñ îñ å féw mîñûtéš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Google's sign-in service is unavailable at the moment; try again in a few minutes.</source>
      <translation>[!! Gööglé'š šîgñ-îñ šérvîçé îš ûñåvåîlåblé åt thé möméñt; trý ågåîñ îñ å féw mîñûtéš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Google: the client_secret.json of a 'Desktop app' OAuth client (remembered for next time)</source>
      <translation>[!! Gööglé: thé çlîéñt_šéçrét.jšöñ öf å 'Déšktöp åpp' ÖÅûth çlîéñt (rémémbéréd för ñéxt tîmé) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Held (removals wait for confirmation)</source>
      <translation>[!! Héld (rémövålš wåît för çöñfîrmåtîöñ) ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Include {attribute}: {values}</source>
      <translation>[!! Îñçlûdé {attribute}: {values} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>It would remove {removed} of {synced} synced user.</source>
      <translation>[!! Ît wöûld rémövé {removed} öf {synced} šýñçéd ûšér. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>It would remove {removed} of {synced} synced users.</source>
      <translation>[!! Ît wöûld rémövé {removed} öf {synced} šýñçéd ûšérš. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>LANG</source>
      <translation>[!! LÅÑG ~ !!]</translation>
    </message>
    <message>
      <source>LAST SYNC</source>
      <translation>[!! LÅŠT ŠÝÑÇ ~ !!]</translation>
    </message>
    <message>
      <source>Last scheduled:</source>
      <translation>[!! Låšt šçhédûléd: ~ !!]</translation>
    </message>
    <message>
      <source>Last sync:</source>
      <translation>[!! Låšt šýñç: ~ !!]</translation>
    </message>
    <message>
      <source>Microsoft Entra ID asks for more than this sign-in gave ({code}), such as multi-factor authentication. Sign in again and complete every step the browser asks for.</source>
      <translation>[!! Mîçröšöft Éñtrå ÎD åškš för möré thåñ thîš šîgñ-îñ gåvé ({code}), šûçh åš mûltî-fåçtör åûthéñtîçåtîöñ. Šîgñ îñ ågåîñ åñd çömplété évérý štép thé bröwšér åškš för. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Microsoft Entra ID asks the administrator to sign in again ({code}), for example for multi-factor authentication; reauthorize the connection.</source>
      <translation>[!! Mîçröšöft Éñtrå ÎD åškš thé ådmîñîštråtör tö šîgñ îñ ågåîñ ({code}), för éxåmplé för mûltî-fåçtör åûthéñtîçåtîöñ; réåûthörîžé thé çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>[!! ÑÅMÉ ~ !!]</translation>
    </message>
    <message>
      <source>Name what to change: --removal delete|deactivate and/or --concurrency N.</source>
      <translation>[!! Ñåmé whåt tö çhåñgé: --rémövål délété|déåçtîvåté åñd/ör --çöñçûrréñçý Ñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Needs a new token</source>
      <translation>[!! Ñéédš å ñéw tökéñ ~ !!]</translation>
    </message>
    <message>
      <source>Needs reauthorization</source>
      <translation>[!! Ñéédš réåûthörîžåtîöñ ~~ !!]</translation>
    </message>
    <message>
      <source>No client is connected; nothing was synced.</source>
      <translation>[!! Ñö çlîéñt îš çöññéçtéd; ñöthîñg wåš šýñçéd. ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>No platform set</source>
      <translation>[!! Ñö plåtförm šét ~ !!]</translation>
    </message>
    <message>
      <source>No platform target is set.</source>
      <translation>[!! Ñö plåtförm tårgét îš šét. ~~~~ !!]</translation>
    </message>
    <message>
      <source>No platform target is set: the shared employees are kept in this app only ({command}).</source>
      <translation>[!! Ñö plåtförm tårgét îš šét: thé šhåréd émplöýééš åré képt îñ thîš åpp öñlý ({command}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>No platform target is set; set one first ({command}).</source>
      <translation>[!! Ñö plåtförm tårgét îš šét; šét öñé fîršt ({command}). ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>No scheduled sync of this data folder was installed ({scheduler}); {note}.</source>
      <translation>[!! Ñö šçhédûléd šýñç öf thîš dåtå földér wåš îñštålléd ({scheduler}); {note}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Not connected</source>
      <translation>[!! Ñöt çöññéçtéd ~ !!]</translation>
    </message>
    <message>
      <source>Not declared by the platform, so not sent: {attributes}.</source>
      <translation>[!! Ñöt déçlåréd bý thé plåtförm, šö ñöt šéñt: {attributes}. ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Not ours:</source>
      <translation>[!! Ñöt öûrš: ~ !!]</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>[!! Ñöté: ~ !!]</translation>
    </message>
    <message>
      <source>Note: this console's encoding ({encoding}) cannot show every character; --output FILE writes a UTF-8 file.</source>
      <translation>[!! Ñöté: thîš çöñšölé'š éñçödîñg ({encoding}) çåññöt šhöw évérý çhåråçtér; --öûtpût FÎLÉ wrîtéš å ÛTF-8 fîlé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>On platform:</source>
      <translation>[!! Öñ plåtförm: ~ !!]</translation>
    </message>
    <message>
      <source>PLATFORM</source>
      <translation>[!! PLÅTFÖRM ~ !!]</translation>
    </message>
    <message>
      <source>PROVIDER</source>
      <translation>[!! PRÖVÎDÉR ~ !!]</translation>
    </message>
    <message>
      <source>Paused:</source>
      <translation>[!! Påûšéd: ~ !!]</translation>
    </message>
    <message>
      <source>Platform repaired: {missing} re-created, {drifted} restored.</source>
      <translation>[!! Plåtförm répåîréd: {missing} ré-çréåtéd, {drifted} réštöréd. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Platform target set: {url}.</source>
      <translation>[!! Plåtförm tårgét šét: {url}. ~~~~ !!]</translation>
    </message>
    <message>
      <source>Platform:</source>
      <translation>[!! Plåtförm: ~ !!]</translation>
    </message>
    <message>
      <source>Platform: created {created}, adopted {adopted}, updated {updated}, removed {removed}, failed {failed}.</source>
      <translation>[!! Plåtförm: çréåtéd {created}, ådöptéd {adopted}, ûpdåtéd {updated}, rémövéd {removed}, fåîléd {failed}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Provider:</source>
      <translation>[!! Prövîdér: ~ !!]</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>[!! Réådý ~ !!]</translation>
    </message>
    <message>
      <source>Reauthorized {provider} ({tenant}) as {account}.</source>
      <translation>[!! Réåûthörîžéd {provider} ({tenant}) åš {account}. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Removals:</source>
      <translation>[!! Rémövålš: ~ !!]</translation>
    </message>
    <message>
      <source>Removed employees are deactivated on the platform; {concurrency} requests at once.</source>
      <translation>[!! Rémövéd émplöýééš åré déåçtîvåtéd öñ thé plåtförm; {concurrency} réqûéštš åt öñçé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Removed employees are deleted on the platform; {concurrency} requests at once.</source>
      <translation>[!! Rémövéd émplöýééš åré délétéd öñ thé plåtförm; {concurrency} réqûéštš åt öñçé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Renamed the client {old} to {new}.</source>
      <translation>[!! Réñåméd thé çlîéñt {old} tö {new}. ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>STATE</source>
      <translation>[!! ŠTÅTÉ ~ !!]</translation>
    </message>
    <message>
      <source>STATUS</source>
      <translation>[!! ŠTÅTÛŠ ~ !!]</translation>
    </message>
    <message>
      <source>Saving changes</source>
      <translation>[!! Šåvîñg çhåñgéš ~ !!]</translation>
    </message>
    <message>
      <source>Scheduled a sync of every client every {minutes} minutes with {scheduler} ({location}).</source>
      <translation>[!! Šçhédûléd å šýñç öf évérý çlîéñt évérý {minutes} mîñûtéš wîth {scheduler} ({location}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Sending changes to the platform</source>
      <translation>[!! Šéñdîñg çhåñgéš tö thé plåtförm ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>[!! Šîgñ îñ fîršt. ~ !!]</translation>
    </message>
    <message>
      <source>Sign in with the browser window that opens now (Ctrl+C cancels).</source>
      <translation>[!! Šîgñ îñ wîth thé bröwšér wîñdöw thåt öpéñš ñöw (Çtrl+Ç çåñçélš). ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Simulating directory changes is only possible in demo mode (--demo).</source>
      <translation>[!! Šîmûlåtîñg dîréçtörý çhåñgéš îš öñlý pöššîblé îñ démö mödé (--démö). ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Skipped: another sync of this client was still running (the scheduled run before, or a sync from the app or the command line); the next scheduled run syncs it.</source>
      <translation>[!! Škîppéd: åñöthér šýñç öf thîš çlîéñt wåš štîll rûññîñg (thé šçhédûléd rûñ béföré, ör å šýñç fröm thé åpp ör thé çömmåñd lîñé); thé ñéxt šçhédûléd rûñ šýñçš ît. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Standard input held no token; pipe the token in, e.g. from a password manager.</source>
      <translation>[!! Štåñdård îñpût héld ñö tökéñ; pîpé thé tökéñ îñ, é.g. fröm å påššwörd måñågér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>State:</source>
      <translation>[!! Štåté: ~ !!]</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>[!! Štöppéd. ~ !!]</translation>
    </message>
    <message>
      <source>Supported: {features}; {types}.</source>
      <translation>[!! Šûppörtéd: {features}; {types}. ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sync failed: {error}</source>
      <translation>[!! Šýñç fåîléd: {error} ~ !!]</translation>
    </message>
    <message>
      <source>Sync held: {reason}</source>
      <translation>[!! Šýñç héld: {reason} ~ !!]</translation>
    </message>
    <message>
      <source>Sync runs (newest first):</source>
      <translation>[!! Šýñç rûñš (ñéwéšt fîršt): ~~~ !!]</translation>
    </message>
    <message>
      <source>Synced users:</source>
      <translation>[!! Šýñçéd ûšérš: ~ !!]</translation>
    </message>
    <message>
      <source>Synced: added {added}, updated {updated}, removed {removed}; {shared} of {directory} employees shared.</source>
      <translation>[!! Šýñçéd: åddéd {added}, ûpdåtéd {updated}, rémövéd {removed}; {shared} öf {directory} émplöýééš šhåréd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Target state:</source>
      <translation>[!! Tårgét štåté: ~ !!]</translation>
    </message>
    <message>
      <source>The Google sign-in has expired or was revoked ({code}); reauthorize the connection.</source>
      <translation>[!! Thé Gööglé šîgñ-îñ håš éxpîréd ör wåš révökéd ({code}); réåûthörîžé thé çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The Google sign-in was revoked and removed from the keychain.</source>
      <translation>[!! Thé Gööglé šîgñ-îñ wåš révökéd åñd rémövéd fröm thé kéýçhåîñ. ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>The Microsoft sign-in has expired or was revoked ({code}); reauthorize the connection.</source>
      <translation>[!! Thé Mîçröšöft šîgñ-îñ håš éxpîréd ör wåš révökéd ({code}); réåûthörîžé thé çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The Microsoft sign-in service answered something that is not a sign-in answer (perhaps a page of a proxy or firewall); try again in a few minutes. If it keeps happening, check the network's proxy settings.</source>
      <translation>[!! Thé Mîçröšöft šîgñ-îñ šérvîçé åñšwéréd šöméthîñg thåt îš ñöt å šîgñ-îñ åñšwér (pérhåpš å pågé öf å pröxý ör fîréwåll); trý ågåîñ îñ å féw mîñûtéš. Îf ît kéépš håppéñîñg, çhéçk thé ñétwörk'š pröxý šéttîñgš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The Microsoft sign-in service is unavailable at the moment ({code}); try again in a few minutes.</source>
      <translation>[!! Thé Mîçröšöft šîgñ-îñ šérvîçé îš ûñåvåîlåblé åt thé möméñt ({code}); trý ågåîñ îñ å féw mîñûtéš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The Microsoft sign-in was removed from the keychain. Entra keeps the app's consent: remove it in the Entra admin center (Enterprise applications) if it is no longer wanted.</source>
      <translation>[!! Thé Mîçröšöft šîgñ-îñ wåš rémövéd fröm thé kéýçhåîñ. Éñtrå kéépš thé åpp'š çöñšéñt: rémövé ît îñ thé Éñtrå ådmîñ çéñtér (Éñtérprîšé åpplîçåtîöñš) îf ît îš ñö löñgér wåñtéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The SCIM base URL must not contain a user name, a query or a fragment: use just {url}.</source>
      <translation>[!! Thé ŠÇÎM båšé ÛRL mûšt ñöt çöñtåîñ å ûšér ñåmé, å qûérý ör å frågméñt: ûšé jûšt {url}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The SCIM token contains spaces, line breaks or other characters a token cannot have; give only the token itself.</source>
      <translation>[!! Thé ŠÇÎM tökéñ çöñtåîñš špåçéš, lîñé bréåkš ör öthér çhåråçtérš å tökéñ çåññöt håvé; gîvé öñlý thé tökéñ îtšélf. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The SCIM token is empty; paste the platform's bearer token.</source>
      <translation>[!! Thé ŠÇÎM tökéñ îš émptý; påšté thé plåtförm'š béårér tökéñ. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The SCIM token is {length} characters long (at most {limit}); check that only the token was given.</source>
      <translation>[!! Thé ŠÇÎM tökéñ îš {length} çhåråçtérš löñg (åt möšt {limit}); çhéçk thåt öñlý thé tökéñ wåš gîvéñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The account that signed in does not belong to the tenant {tenant} ({code}). Sign in with an administrator account of that tenant, or connect the tenant the account belongs to.</source>
      <translation>[!! Thé åççöûñt thåt šîgñéd îñ döéš ñöt bélöñg tö thé téñåñt {tenant} ({code}). Šîgñ îñ wîth åñ ådmîñîštråtör åççöûñt öf thåt téñåñt, ör çöññéçt thé téñåñt thé åççöûñt bélöñgš tö. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The answer that reached IdP Wizard does not belong to this sign-in (its state does not match: it may come from an older sign-in tab, or from another program). Nothing was stored; sign in again and finish in the tab IdP Wizard opens.</source>
      <translation>[!! Thé åñšwér thåt réåçhéd ÎdP Wîžård döéš ñöt bélöñg tö thîš šîgñ-îñ (îtš štåté döéš ñöt måtçh: ît måý çömé fröm åñ öldér šîgñ-îñ tåb, ör fröm åñöthér prögråm). Ñöthîñg wåš štöréd; šîgñ îñ ågåîñ åñd fîñîšh îñ thé tåb ÎdP Wîžård öpéñš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The app has not been granted the permissions IdP Wizard needs in this tenant ({code}). Sign in as a Global Administrator and accept the permissions for the organization, or grant admin consent for the app in the Microsoft Entra admin center (Enterprise applications &gt; the app &gt; Permissions), then sign in again.</source>
      <translation>[!! Thé åpp håš ñöt bééñ gråñtéd thé pérmîššîöñš ÎdP Wîžård ñéédš îñ thîš téñåñt ({code}). Šîgñ îñ åš å Glöbål Ådmîñîštråtör åñd åççépt thé pérmîššîöñš för thé örgåñîžåtîöñ, ör gråñt ådmîñ çöñšéñt för thé åpp îñ thé Mîçröšöft Éñtrå ådmîñ çéñtér (Éñtérprîšé åpplîçåtîöñš &gt; thé åpp &gt; Pérmîššîöñš), théñ šîgñ îñ ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The app's permissions in the tenant were withdrawn or changed ({code}); reauthorize the connection as a Global Administrator and accept the permissions.</source>
      <translation>[!! Thé åpp'š pérmîššîöñš îñ thé téñåñt wéré wîthdråwñ ör çhåñgéd ({code}); réåûthörîžé thé çöññéçtîöñ åš å Glöbål Ådmîñîštråtör åñd åççépt thé pérmîššîöñš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The application (client) ID {client_id} was not found in the directory {tenant} ({code}). Check the ID, or register the app in that tenant. {hint}</source>
      <translation>[!! Thé åpplîçåtîöñ (çlîéñt) ÎD {client_id} wåš ñöt föûñd îñ thé dîréçtörý {tenant} ({code}). Çhéçk thé ÎD, ör régîštér thé åpp îñ thåt téñåñt. {hint} ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The client is already named {name}; nothing changed.</source>
      <translation>[!! Thé çlîéñt îš ålréådý ñåméd {name}; ñöthîñg çhåñgéd. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The client name is empty; give the client a name.</source>
      <translation>[!! Thé çlîéñt ñåmé îš émptý; gîvé thé çlîéñt å ñåmé. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The client name is {length} characters long; use at most {limit}.</source>
      <translation>[!! Thé çlîéñt ñåmé îš {length} çhåråçtérš löñg; ûšé åt möšt {limit}. ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The client name {name} contains {what}; use letters, digits, spaces and punctuation.</source>
      <translation>[!! Thé çlîéñt ñåmé {name} çöñtåîñš {what}; ûšé léttérš, dîgîtš, špåçéš åñd pûñçtûåtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The connection changed while this sync ran (it was disconnected, reauthorized or its filter changed); nothing was applied.</source>
      <translation>[!! Thé çöññéçtîöñ çhåñgéd whîlé thîš šýñç råñ (ît wåš dîšçöññéçtéd, réåûthörîžéd ör îtš fîltér çhåñgéd); ñöthîñg wåš åpplîéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>The current filter stays in force. {command} would remove:</source>
      <translation>[!! Thé çûrréñt fîltér štåýš îñ förçé. {command} wöûld rémövé: ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The database {path} was written by a newer IdP Wizard (schema {schema}, this one knows {known}). Update IdP Wizard.</source>
      <translation>[!! Thé dåtåbåšé {path} wåš wrîttéñ bý å ñéwér ÎdP Wîžård (šçhémå {schema}, thîš öñé kñöwš {known}). Ûpdåté ÎdP Wîžård. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The demo tenant was connected with {size} employees; disconnect it first to use --demo-size {requested}.</source>
      <translation>[!! Thé démö téñåñt wåš çöññéçtéd wîth {size} émplöýééš; dîšçöññéçt ît fîršt tö ûšé --démö-šîžé {requested}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The directory has not been read yet.</source>
      <translation>[!! Thé dîréçtörý håš ñöt bééñ réåd ýét. ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The directory read returned no employees, so this sync would remove {removed} of {synced} synced users. Nothing was applied; review the removals and confirm them, or fix the directory or the filter.</source>
      <translation>[!! Thé dîréçtörý réåd rétûrñéd ñö émplöýééš, šö thîš šýñç wöûld rémövé {removed} öf {synced} šýñçéd ûšérš. Ñöthîñg wåš åpplîéd; révîéw thé rémövålš åñd çöñfîrm thém, ör fîx thé dîréçtörý ör thé fîltér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The file {path} belongs to another application (it is not an IdP Wizard database); it was left as it is. Move it away or choose another data folder (--data-dir).</source>
      <translation>[!! Thé fîlé {path} bélöñgš tö åñöthér åpplîçåtîöñ (ît îš ñöt åñ ÎdP Wîžård dåtåbåšé); ît wåš léft åš ît îš. Mövé ît åwåý ör çhööšé åñöthér dåtå földér (--dåtå-dîr). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>The host {host} is unknown: check the SCIM base URL and the network connection.</source>
      <translation>[!! Thé höšt {host} îš ûñkñöwñ: çhéçk thé ŠÇÎM båšé ÛRL åñd thé ñétwörk çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The interval must be between {low} and {high} minutes (got {interval}).</source>
      <translation>[!! Thé îñtérvål mûšt bé bétwééñ {low} åñd {high} mîñûtéš (göt {interval}). ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The keychain cannot be reached to read the sign-in ({service}): {why}.</source>
      <translation>[!! Thé kéýçhåîñ çåññöt bé réåçhéd tö réåd thé šîgñ-îñ ({service}): {why}. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The keychain cannot be reached to remove the sign-in ({service}): {why}.</source>
      <translation>[!! Thé kéýçhåîñ çåññöt bé réåçhéd tö rémövé thé šîgñ-îñ ({service}): {why}. ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The keychain cannot be reached to save the sign-in ({service}): {why}.</source>
      <translation>[!! Thé kéýçhåîñ çåññöt bé réåçhéd tö šåvé thé šîgñ-îñ ({service}): {why}. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The keychain cannot be reached: this process has no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), as when cron starts it, and the Secret Service keychain lives in the user's session. Schedule syncs with {command} (a systemd user timer, or a cron line that points at /run/user/&lt;uid&gt;/bus); the sign-in itself is fine and nothing was changed.</source>
      <translation>[!! Thé kéýçhåîñ çåññöt bé réåçhéd: thîš pröçéšš håš ñö D-Bûš šéššîöñ (DBÛŠ_ŠÉŠŠÎÖÑ_BÛŠ_ÅDDRÉŠŠ îš ñöt šét), åš whéñ çröñ štårtš ît, åñd thé Šéçrét Šérvîçé kéýçhåîñ lîvéš îñ thé ûšér'š šéššîöñ. Šçhédûlé šýñçš wîth {command} (å šýštémd ûšér tîmér, ör å çröñ lîñé thåt pöîñtš åt /rûñ/ûšér/&lt;uid&gt;/bûš); thé šîgñ-îñ îtšélf îš fîñé åñd ñöthîñg wåš çhåñgéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The keychain cannot be used to keep the sign-in ({service}): {why}. The sign-in was not started.</source>
      <translation>[!! Thé kéýçhåîñ çåññöt bé ûšéd tö kéép thé šîgñ-îñ ({service}): {why}. Thé šîgñ-îñ wåš ñöt štårtéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The next sync provisions the shared employees there ({command}).</source>
      <translation>[!! Thé ñéxt šýñç prövîšîöñš thé šhåréd émplöýééš théré ({command}). ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The permissions were not granted (access_denied). IdP Wizard needs read-only access to the directory; sign in again and press Allow.</source>
      <translation>[!! Thé pérmîššîöñš wéré ñöt gråñtéd (åççéšš_déñîéd). ÎdP Wîžård ñéédš réåd-öñlý åççéšš tö thé dîréçtörý; šîgñ îñ ågåîñ åñd préšš Ållöw. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The permissions were not granted ({code}). IdP Wizard needs read-only access to users and group memberships; sign in again and press Accept, or ask a Global Administrator to grant admin consent for the app.</source>
      <translation>[!! Thé pérmîššîöñš wéré ñöt gråñtéd ({code}). ÎdP Wîžård ñéédš réåd-öñlý åççéšš tö ûšérš åñd gröûp mémbéršhîpš; šîgñ îñ ågåîñ åñd préšš Åççépt, ör åšk å Glöbål Ådmîñîštråtör tö gråñt ådmîñ çöñšéñt för thé åpp. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform accepted a new group but did not say where it is.</source>
      <translation>[!! Thé plåtförm åççéptéd å ñéw gröûp bût dîd ñöt šåý whéré ît îš. ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>The platform accepted a new user but did not say where it is, and the user cannot be found by its user name.</source>
      <translation>[!! Thé plåtförm åççéptéd å ñéw ûšér bût dîd ñöt šåý whéré ît îš, åñd thé ûšér çåññöt bé föûñd bý îtš ûšér ñåmé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform answered a group read without the group.</source>
      <translation>[!! Thé plåtförm åñšwéréd å gröûp réåd wîthöût thé gröûp. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform did not confirm the user.</source>
      <translation>[!! Thé plåtförm dîd ñöt çöñfîrm thé ûšér. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The platform has no Bulk: new users are created one request at a time.</source>
      <translation>[!! Thé plåtförm håš ñö Bûlk: ñéw ûšérš åré çréåtéd öñé réqûéšt åt å tîmé. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform has no Groups: groups are not pushed.</source>
      <translation>[!! Thé plåtförm håš ñö Gröûpš: gröûpš åré ñöt pûšhéd. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform has no PATCH: changes are sent as a PUT of the whole user.</source>
      <translation>[!! Thé plåtförm håš ñö PÅTÇH: çhåñgéš åré šéñt åš å PÛT öf thé whölé ûšér. ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform has {count} other users; they are not ours and were not touched.</source>
      <translation>[!! Thé plåtförm håš {count} öthér ûšérš; théý åré ñöt öûrš åñd wéré ñöt töûçhéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform ignored the userName filter (it listed users for a name nobody has), so users cannot be matched safely.</source>
      <translation>[!! Thé plåtförm îgñöréd thé ûšérÑåmé fîltér (ît lîštéd ûšérš för å ñåmé ñöbödý håš), šö ûšérš çåññöt bé måtçhéd šåfélý. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform listed only {listed} of the {reported} users it reported (its paging is unreliable): the users it did not list were checked one by one, none was taken as gone.</source>
      <translation>[!! Thé plåtförm lîštéd öñlý {listed} öf thé {reported} ûšérš ît répörtéd (îtš pågîñg îš ûñrélîåblé): thé ûšérš ît dîd ñöt lîšt wéré çhéçkéd öñé bý öñé, ñöñé wåš tåkéñ åš göñé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform part stopped: {error} The directory changes were saved; {pending} platform changes wait and are sent by the next sync.</source>
      <translation>[!! Thé plåtförm pårt štöppéd: {error} Thé dîréçtörý çhåñgéš wéré šåvéd; {pending} plåtförm çhåñgéš wåît åñd åré šéñt bý thé ñéxt šýñç. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform redirected {path} elsewhere ({status}): enter the final SCIM base URL ({hint}).</source>
      <translation>[!! Thé plåtförm rédîréçtéd {path} élšéwhéré ({status}): éñtér thé fîñål ŠÇÎM båšé ÛRL ({hint}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform refused access with this SCIM token (403): check that the token may provision users.</source>
      <translation>[!! Thé plåtförm réfûšéd åççéšš wîth thîš ŠÇÎM tökéñ (403): çhéçk thåt thé tökéñ måý prövîšîöñ ûšérš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform refused some removals.</source>
      <translation>[!! Thé plåtförm réfûšéd šömé rémövålš. ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform refused to create this user ({code}).</source>
      <translation>[!! Thé plåtförm réfûšéd tö çréåté thîš ûšér ({code}). ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform refused to create this user ({code}): {detail}.</source>
      <translation>[!! Thé plåtförm réfûšéd tö çréåté thîš ûšér ({code}): {detail}. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The platform refused {count} changes in a row with this SCIM token (403): check that the token may still provision users; the rest waits for the next sync.</source>
      <translation>[!! Thé plåtförm réfûšéd {count} çhåñgéš îñ å röw wîth thîš ŠÇÎM tökéñ (403): çhéçk thåt thé tökéñ måý štîll prövîšîöñ ûšérš; thé réšt wåîtš för thé ñéxt šýñç. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform refused {request} ({code}).</source>
      <translation>[!! Thé plåtförm réfûšéd {request} ({code}). ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The platform refused {request} ({code}): {detail}.</source>
      <translation>[!! Thé plåtförm réfûšéd {request} ({code}): {detail}. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform rejected the SCIM token (401): the target needs a new token.</source>
      <translation>[!! Thé plåtförm réjéçtéd thé ŠÇÎM tökéñ (401): thé tårgét ñéédš å ñéw tökéñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform rejected the SCIM token (401); set a new token.</source>
      <translation>[!! Thé plåtförm réjéçtéd thé ŠÇÎM tökéñ (401); šét å ñéw tökéñ. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The platform target was removed.</source>
      <translation>[!! Thé plåtförm tårgét wåš rémövéd. ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform target was removed; {count} user the app provisioned stays there, no longer managed.</source>
      <translation>[!! Thé plåtförm tårgét wåš rémövéd; {count} ûšér thé åpp prövîšîöñéd štåýš théré, ñö löñgér måñågéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform target was removed; {count} users the app provisioned stay there, no longer managed.</source>
      <translation>[!! Thé plåtförm tårgét wåš rémövéd; {count} ûšérš thé åpp prövîšîöñéd štåý théré, ñö löñgér måñågéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform user {platform_id} is already linked to {owner}; resolve the duplicate on the platform.</source>
      <translation>[!! Thé plåtförm ûšér {platform_id} îš ålréådý lîñkéd tö {owner}; réšölvé thé dûplîçåté öñ thé plåtförm. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The platform's SCIM token is missing from the system keychain; set it again ({command}).</source>
      <translation>[!! Thé plåtförm'š ŠÇÎM tökéñ îš mîššîñg fröm thé šýštém kéýçhåîñ; šét ît ågåîñ ({command}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform's answer was lost ({host}): the change may or may not have been applied.</source>
      <translation>[!! Thé plåtförm'š åñšwér wåš löšt ({host}): thé çhåñgé måý ör måý ñöt håvé bééñ åpplîéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The real sync would be held: {reason}</source>
      <translation>[!! Thé réål šýñç wöûld bé héld: {reason} ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The saved Google sign-in in the keychain is damaged and cannot be read; reauthorize the connection to replace it.</source>
      <translation>[!! Thé šåvéd Gööglé šîgñ-îñ îñ thé kéýçhåîñ îš dåmågéd åñd çåññöt bé réåd; réåûthörîžé thé çöññéçtîöñ tö réplåçé ît. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The saved Google sign-in is missing from the keychain; reauthorize the connection.</source>
      <translation>[!! Thé šåvéd Gööglé šîgñ-îñ îš mîššîñg fröm thé kéýçhåîñ; réåûthörîžé thé çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>The saved Microsoft sign-in in the keychain is damaged and cannot be read; reauthorize the connection to replace it.</source>
      <translation>[!! Thé šåvéd Mîçröšöft šîgñ-îñ îñ thé kéýçhåîñ îš dåmågéd åñd çåññöt bé réåd; réåûthörîžé thé çöññéçtîöñ tö réplåçé ît. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The saved Microsoft sign-in is missing or no longer usable; reauthorize the connection.</source>
      <translation>[!! Thé šåvéd Mîçröšöft šîgñ-îñ îš mîššîñg ör ñö löñgér ûšåblé; réåûthörîžé thé çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The saved filter</source>
      <translation>[!! Thé šåvéd fîltér ~ !!]</translation>
    </message>
    <message>
      <source>The saved sign-in in the system keychain ({service}) is incomplete or damaged; reauthorize the connection.</source>
      <translation>[!! Thé šåvéd šîgñ-îñ îñ thé šýštém kéýçhåîñ ({service}) îš îñçömplété ör dåmågéd; réåûthörîžé thé çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The scheduled sync was skipped: the connection needs reauthorization ({why}). Reauthorize it in the app (or {command}); the synced users are kept.</source>
      <translation>[!! Thé šçhédûléd šýñç wåš škîppéd: thé çöññéçtîöñ ñéédš réåûthörîžåtîöñ ({why}). Réåûthörîžé ît îñ thé åpp (ör {command}); thé šýñçéd ûšérš åré képt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The secure connection to {host} failed (the certificate is not trusted or TLS failed): check the URL and the server's certificate.</source>
      <translation>[!! Thé šéçûré çöññéçtîöñ tö {host} fåîléd (thé çértîfîçåté îš ñöt trûštéd ör TLŠ fåîléd): çhéçk thé ÛRL åñd thé šérvér'š çértîfîçåté. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The sign-in code expired before it was used ({code}); start the sign-in again.</source>
      <translation>[!! Thé šîgñ-îñ çödé éxpîréd béföré ît wåš ûšéd ({code}); štårt thé šîgñ-îñ ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The sign-in could not be removed from the keychain: {error}</source>
      <translation>[!! Thé šîgñ-îñ çöûld ñöt bé rémövéd fröm thé kéýçhåîñ: {error} ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The sign-in did not finish within {time} (the browser never came back to IdP Wizard). Try again, or use a device code.</source>
      <translation>[!! Thé šîgñ-îñ dîd ñöt fîñîšh wîthîñ {time} (thé bröwšér ñévér çåmé båçk tö ÎdP Wîžård). Trý ågåîñ, ör ûšé å dévîçé çödé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The sign-in did not finish within {time} (the browser never came back to IdP Wizard). Try again.</source>
      <translation>[!! Thé šîgñ-îñ dîd ñöt fîñîšh wîthîñ {time} (thé bröwšér ñévér çåmé båçk tö ÎdP Wîžård). Trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The sign-in was cancelled; nothing was changed.</source>
      <translation>[!! Thé šîgñ-îñ wåš çåñçélléd; ñöthîñg wåš çhåñgéd. ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The sync was interrupted (the program stopped); nothing of it was applied.</source>
      <translation>[!! Thé šýñç wåš îñtérrûptéd (thé prögråm štöppéd); ñöthîñg öf ît wåš åpplîéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The sync was interrupted while sending changes to the platform; the directory changes were saved and what is left is sent by the next sync.</source>
      <translation>[!! Thé šýñç wåš îñtérrûptéd whîlé šéñdîñg çhåñgéš tö thé plåtförm; thé dîréçtörý çhåñgéš wéré šåvéd åñd whåt îš léft îš šéñt bý thé ñéxt šýñç. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The sync was stopped because the client is being disconnected or removed; nothing of it was applied.</source>
      <translation>[!! Thé šýñç wåš štöppéd béçåûšé thé çlîéñt îš béîñg dîšçöññéçtéd ör rémövéd; ñöthîñg öf ît wåš åpplîéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The sync was stopped before every change reached the platform.</source>
      <translation>[!! Thé šýñç wåš štöppéd béföré évérý çhåñgé réåçhéd thé plåtförm. ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>The tenant {tenant} was not found ({code}). Check the tenant ID or domain and the cloud (global, usgov, china).</source>
      <translation>[!! Thé téñåñt {tenant} wåš ñöt föûñd ({code}). Çhéçk thé téñåñt ÎD ör dömåîñ åñd thé çlöûd (glöbål, ûšgöv, çhîñå). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The tenant {tenant} was not found at {authority} (AADSTS90002 invalid_tenant). Check the tenant ID or domain and the cloud (global, usgov, china).</source>
      <translation>[!! Thé téñåñt {tenant} wåš ñöt föûñd åt {authority} (ÅÅDŠTŠ90002 îñvålîd_téñåñt). Çhéçk thé téñåñt ÎD ör dömåîñ åñd thé çlöûd (glöbål, ûšgöv, çhîñå). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>The token file {path} cannot be read ({reason}).</source>
      <translation>[!! Thé tökéñ fîlé {path} çåññöt bé réåd ({reason}). ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The token file {path} does not exist.</source>
      <translation>[!! Thé tökéñ fîlé {path} döéš ñöt éxîšt. ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The token file {path} is empty.</source>
      <translation>[!! Thé tökéñ fîlé {path} îš émptý. ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The token file {path} is not a text file.</source>
      <translation>[!! Thé tökéñ fîlé {path} îš ñöt å téxt fîlé. ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>There is already a client named {name} ({existing}: names that differ only in case, spacing or Unicode form are the same name); choose another name.</source>
      <translation>[!! Théré îš ålréådý å çlîéñt ñåméd {name} ({existing}: ñåméš thåt dîffér öñlý îñ çåšé, špåçîñg ör Ûñîçödé förm åré thé šåmé ñåmé); çhööšé åñöthér ñåmé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>There is already a client named {name}; choose another name.</source>
      <translation>[!! Théré îš ålréådý å çlîéñt ñåméd {name}; çhööšé åñöthér ñåmé. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>There is no SCIM endpoint at {url} (404): {hint}.</source>
      <translation>[!! Théré îš ñö ŠÇÎM éñdpöîñt åt {url} (404): {hint}. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>There is no client named {name}; the clients are {names}.</source>
      <translation>[!! Théré îš ñö çlîéñt ñåméd {name}; thé çlîéñtš åré {names}. ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>This client does not exist (any more); it may have been removed. Choose another client.</source>
      <translation>[!! Thîš çlîéñt döéš ñöt éxîšt (åñý möré); ît måý håvé bééñ rémövéd. Çhööšé åñöthér çlîéñt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>This client has been removed (perhaps from another window or the command line); nothing was saved. Choose another client.</source>
      <translation>[!! Thîš çlîéñt håš bééñ rémövéd (pérhåpš fröm åñöthér wîñdöw ör thé çömmåñd lîñé); ñöthîñg wåš šåvéd. Çhööšé åñöthér çlîéñt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>This environment cannot reach a platform.</source>
      <translation>[!! Thîš éñvîröñméñt çåññöt réåçh å plåtförm. ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>This profile has {count} clients ({names}); choose one with --client NAME ({command} lists them).</source>
      <translation>[!! Thîš pröfîlé håš {count} çlîéñtš ({names}); çhööšé öñé wîth --çlîéñt ÑÅMÉ ({command} lîštš thém). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>This sync would remove {removed} of {synced} synced users (more than the limit of {limit}). Nothing was applied; review the removals and confirm them, or fix the directory or the filter.</source>
      <translation>[!! Thîš šýñç wöûld rémövé {removed} öf {synced} šýñçéd ûšérš (möré thåñ thé lîmît öf {limit}). Ñöthîñg wåš åpplîéd; révîéw thé rémövålš åñd çöñfîrm thém, ör fîx thé dîréçtörý ör thé fîltér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>This sync would remove {removed} of {synced} synced users, more than half of them. Nothing was applied; review the removals and confirm them, or fix the directory or the filter.</source>
      <translation>[!! Thîš šýñç wöûld rémövé {removed} öf {synced} šýñçéd ûšérš, möré thåñ hålf öf thém. Ñöthîñg wåš åpplîéd; révîéw thé rémövålš åñd çöñfîrm thém, ör fîx thé dîréçtörý ör thé fîltér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>To sign in, open {address} and enter the code {code}.</source>
      <translation>[!! Tö šîgñ îñ, öpéñ {address} åñd éñtér thé çödé {code}. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>USERS</source>
      <translation>[!! ÛŠÉRŠ ~ !!]</translation>
    </message>
    <message>
      <source>Unexpected internal error; nothing was applied.</source>
      <translation>[!! Ûñéxpéçtéd îñtérñål érrör; ñöthîñg wåš åpplîéd. ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Unknown cloud {cloud}; use one of {clouds}.</source>
      <translation>[!! Ûñkñöwñ çlöûd {cloud}; ûšé öñé öf {clouds}. ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Unreachable (the last push could not reach it)</source>
      <translation>[!! Ûñréåçhåblé (thé låšt pûšh çöûld ñöt réåçh ît) ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>User {id} has no e-mail address, which the platform needs as the user name.</source>
      <translation>[!! Ûšér {id} håš ñö é-måîl åddréšš, whîçh thé plåtförm ñéédš åš thé ûšér ñåmé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>[!! Ûšérš ~ !!]</translation>
    </message>
    <message>
      <source>Users and Groups</source>
      <translation>[!! Ûšérš åñd Gröûpš ~ !!]</translation>
    </message>
    <message>
      <source>Warning: {error}</source>
      <translation>[!! Wårñîñg: {error} ~ !!]</translation>
    </message>
    <message>
      <source>Why:</source>
      <translation>[!! Whý: ~ !!]</translation>
    </message>
    <message>
      <source>Writing the crontab (crontab -)</source>
      <translation>[!! Wrîtîñg thé çröñtåb (çröñtåb -) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The demo directory changed ({steps} round of joiners, leavers and moves so far). Pick it up with: {command}</source>
      <translation>[!! Thé démö dîréçtörý çhåñgéd ({steps} röûñd öf jöîñérš, léåvérš åñd mövéš šö får). Pîçk ît ûp wîth: {command} ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>+{added} employee will be added</source>
      <translation>[!! +{added} émplöýéé wîll bé åddéd ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>+{added} employees will be added</source>
      <translation>[!! +{added} émplöýééš wîll bé åddéd ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Another IdP Wizard is changing {what} right now (it holds {path}); nothing was changed. Try again when it has finished.</source>
      <translation>[!! Åñöthér ÎdP Wîžård îš çhåñgîñg {what} rîght ñöw (ît höldš {path}); ñöthîñg wåš çhåñgéd. Trý ågåîñ whéñ ît håš fîñîšhéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The demo directory changed ({steps} rounds of joiners, leavers and moves so far). Pick them up with: {command}</source>
      <translation>[!! Thé démö dîréçtörý çhåñgéd ({steps} röûñdš öf jöîñérš, léåvérš åñd mövéš šö får). Pîçk thém ûp wîth: {command} ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The {service} sign-in service sent an answer larger than {size} MB, more than any sign-in answer; IdP Wizard stopped reading it. Try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! Thé {service} šîgñ-îñ šérvîçé šéñt åñ åñšwér lårgér thåñ {size} MB, möré thåñ åñý šîgñ-îñ åñšwér; ÎdP Wîžård štöppéd réådîñg ît. Trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The {service} sign-in service took more than {seconds} seconds to answer; IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
      <translation>[!! Thé {service} šîgñ-îñ šérvîçé töök möré thåñ {seconds} šéçöñdš tö åñšwér; ÎdP Wîžård štöppéd wåîtîñg. Trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform answered with an id for this group that is not text (SCIM ids are text): nothing was recorded for the group.</source>
      <translation>[!! Thé plåtförm åñšwéréd wîth åñ îd för thîš gröûp thåt îš ñöt téxt (ŠÇÎM îdš åré téxt): ñöthîñg wåš réçördéd för thé gröûp. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>--client-secret-file is for Google Workspace; Microsoft Entra ID uses --client-id (and --tenant) instead</source>
      <translation>[!! --çlîéñt-šéçrét-fîlé îš för Gööglé Wörkšpåçé; Mîçröšöft Éñtrå ÎD ûšéš --çlîéñt-îd (åñd --téñåñt) îñštéåd ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The proxy named by {where} starts with "{scheme}://", which IdP Wizard cannot use (it uses http://, https://, socks5:// and socks5h:// proxies): correct or remove it, then try again.</source>
      <translation>[!! Thé pröxý ñåméd bý {where} štårtš wîth "{scheme}://", whîçh ÎdP Wîžård çåññöt ûšé (ît ûšéš http://, https://, šöçkš5:// åñd šöçkš5h:// pröxîéš): çörréçt ör rémövé ît, théñ trý ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>The sync was stopped because the client is being disconnected or removed; the platform changes it had not sent yet are dropped with the client's synced users.</source>
      <translation>[!! Thé šýñç wåš štöppéd béçåûšé thé çlîéñt îš béîñg dîšçöññéçtéd ör rémövéd; thé plåtförm çhåñgéš ît håd ñöt šéñt ýét åré dröppéd wîth thé çlîéñt'š šýñçéd ûšérš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The {service} sign-in service took more than {seconds} second to answer; IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
      <translation>[!! Thé {service} šîgñ-îñ šérvîçé töök möré thåñ {seconds} šéçöñd tö åñšwér; ÎdP Wîžård štöppéd wåîtîñg. Trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>This sync applied the filter change that waited for confirmation: {summary}.</source>
      <translation>[!! Thîš šýñç åpplîéd thé fîltér çhåñgé thåt wåîtéd för çöñfîrmåtîöñ: {summary}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>This sync would apply the filter change that waits for confirmation: {summary}.</source>
      <translation>[!! Thîš šýñç wöûld åpplý thé fîltér çhåñgé thåt wåîtš för çöñfîrmåtîöñ: {summary}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>This client is being disconnected or removed (from the app or the command line); try again when that has finished.</source>
      <translation>[!! Thîš çlîéñt îš béîñg dîšçöññéçtéd ör rémövéd (fröm thé åpp ör thé çömmåñd lîñé); trý ågåîñ whéñ thåt håš fîñîšhéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>--demo-size does not apply to '{command}': it sets the demo tenant's size when it connects (connect); leave it out</source>
      <translation>[!! --démö-šîžé döéš ñöt åpplý tö '{command}': ît šétš thé démö téñåñt'š šîžé whéñ ît çöññéçtš (çöññéçt); léåvé ît öût ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>A filter change waits for confirmation ({command} says what it would remove).</source>
      <translation>[!! Å fîltér çhåñgé wåîtš för çöñfîrmåtîöñ ({command} šåýš whåt ît wöûld rémövé). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>A sync is already running for this client (from the app, the command line or the scheduler); try again when it has finished.</source>
      <translation>[!! Å šýñç îš ålréådý rûññîñg för thîš çlîéñt (fröm thé åpp, thé çömmåñd lîñé ör thé šçhédûlér); trý ågåîñ whéñ ît håš fîñîšhéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot use the database {path}: a sync or another IdP Wizard command (from the app, the command line or the scheduler) is storing its results; try again when it has finished.</source>
      <translation>[!! Çåññöt ûšé thé dåtåbåšé {path}: å šýñç ör åñöthér ÎdP Wîžård çömmåñd (fröm thé åpp, thé çömmåñd lîñé ör thé šçhédûlér) îš štörîñg îtš réšûltš; trý ågåîñ whéñ ît håš fîñîšhéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Cannot write {path}: the folder {folder} does not exist; create it first or choose another folder</source>
      <translation>[!! Çåññöt wrîté {path}: thé földér {folder} döéš ñöt éxîšt; çréåté ît fîršt ör çhööšé åñöthér földér ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Disconnected {provider}. {count} synced user was removed.</source>
      <translation>[!! Dîšçöññéçtéd {provider}. {count} šýñçéd ûšér wåš rémövéd. ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Removed the client {name}: {provider} was disconnected and {removed}; its history ({runs}), settings and audit log were deleted.</source>
      <translation>[!! Rémövéd thé çlîéñt {name}: {provider} wåš dîšçöññéçtéd åñd {removed}; îtš hîštörý ({runs}), šéttîñgš åñd åûdît lög wéré délétéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Removed the client {name}; its history ({runs}), settings and audit log were deleted.</source>
      <translation>[!! Rémövéd thé çlîéñt {name}; îtš hîštörý ({runs}), šéttîñgš åñd åûdît lög wéré délétéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Scheduled sync:</source>
      <translation>[!! Šçhédûléd šýñç: ~ !!]</translation>
    </message>
    <message>
      <source>The demo tenant was connected with {size} employee; disconnect it first to use --demo-size {requested}.</source>
      <translation>[!! Thé démö téñåñt wåš çöññéçtéd wîth {size} émplöýéé; dîšçöññéçt ît fîršt tö ûšé --démö-šîžé {requested}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Wrote {count} user to {path}.</source>
      <translation>[!! Wröté {count} ûšér tö {path}. ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Wrote {count} users to {path}.</source>
      <translation>[!! Wröté {count} ûšérš tö {path}. ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Wrote {path} (1 client: logs, run history and settings; e-mail addresses, names and tokens removed).</source>
      <translation>[!! Wröté {path} (1 çlîéñt: lögš, rûñ hîštörý åñd šéttîñgš; é-måîl åddréššéš, ñåméš åñd tökéñš rémövéd). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Wrote {path} ({count} clients: logs, run history and settings; e-mail addresses, names and tokens removed).</source>
      <translation>[!! Wröté {path} ({count} çlîéñtš: lögš, rûñ hîštörý åñd šéttîñgš; é-måîl åddréššéš, ñåméš åñd tökéñš rémövéd). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>a ',' is missing</source>
      <translation>[!! å ',' îš mîššîñg ~ !!]</translation>
    </message>
    <message>
      <source>a ':' is missing</source>
      <translation>[!! å ':' îš mîššîñg ~ !!]</translation>
    </message>
    <message>
      <source>a SCIM base URL usually ends with /scim/v2 or /v2</source>
      <translation>[!! å ŠÇÎM båšé ÛRL ûšûållý éñdš wîth /šçîm/v2 ör /v2 ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>a \u escape needs four hexadecimal digits</source>
      <translation>[!! å \û éšçåpé ñéédš föûr héxådéçîmål dîgîtš ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>a backslash starts no valid escape; write \\ for a backslash</source>
      <translation>[!! å båçkšlåšh štårtš ñö vålîd éšçåpé; wrîté \\ för å båçkšlåšh ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>a comma before {bracket} (remove it)</source>
      <translation>[!! å çömmå béföré {bracket} (rémövé ît) ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>a file holding the platform's SCIM bearer token</source>
      <translation>[!! å fîlé höldîñg thé plåtförm'š ŠÇÎM béårér tökéñ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>a key in double quotes is expected</source>
      <translation>[!! å kéý îñ döûblé qûötéš îš éxpéçtéd ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>[!! å lîšt ~ !!]</translation>
    </message>
    <message>
      <source>a lone surrogate {code} (not valid Unicode text)</source>
      <translation>[!! å löñé šûrrögåté {code} (ñöt vålîd Ûñîçödé téxt) ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>[!! å ñûmbér ~ !!]</translation>
    </message>
    <message>
      <source>a part of the path is a file, not a folder</source>
      <translation>[!! å pårt öf thé påth îš å fîlé, ñöt å földér ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>a read or write error of the disk</source>
      <translation>[!! å réåd ör wrîté érrör öf thé dîšk ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>a string</source>
      <translation>[!! å štrîñg ~ !!]</translation>
    </message>
    <message>
      <source>a text value has no closing quote</source>
      <translation>[!! å téxt vålûé håš ñö çlöšîñg qûöté ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>a text value holds a line break or tab; write it as \n or \t</source>
      <translation>[!! å téxt vålûé höldš å lîñé bréåk ör tåb; wrîté ît åš \ñ ör \t ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>a value is missing</source>
      <translation>[!! å vålûé îš mîššîñg ~ !!]</translation>
    </message>
    <message>
      <source>accept values that match nobody in the directory today</source>
      <translation>[!! åççépt vålûéš thåt måtçh ñöbödý îñ thé dîréçtörý tödåý ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>active</source>
      <translation>[!! åçtîvé ~ !!]</translation>
    </message>
    <message>
      <source>add a client (with --demo: another demo tenant)</source>
      <translation>[!! ådd å çlîéñt (wîth --démö: åñöthér démö téñåñt) ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>after {attempts} attempts</source>
      <translation>[!! åftér {attempts} åttémptš ~~~ !!]</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>[!! åmbîgûöûš öptîöñ: %(öptîöñ)š çöûld måtçh %(måtçhéš)š ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>an HTML page</source>
      <translation>[!! åñ HTML pågé ~ !!]</translation>
    </message>
    <message>
      <source>an empty answer</source>
      <translation>[!! åñ émptý åñšwér ~ !!]</translation>
    </message>
    <message>
      <source>an https address</source>
      <translation>[!! åñ httpš åddréšš ~ !!]</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>[!! åñ öbjéçt ~ !!]</translation>
    </message>
    <message>
      <source>an unreadable address</source>
      <translation>[!! åñ ûñréådåblé åddréšš ~~ !!]</translation>
    </message>
    <message>
      <source>another program is using it; close it and try again</source>
      <translation>[!! åñöthér prögråm îš ûšîñg ît; çlöšé ît åñd trý ågåîñ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>app</source>
      <translation>[!! åpp ~ !!]</translation>
    </message>
    <message>
      <source>apply removals even above the deletion limit</source>
      <translation>[!! åpplý rémövålš évéñ åbövé thé délétîöñ lîmît ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>apply the removals even above the deletion limit</source>
      <translation>[!! åpplý thé rémövålš évéñ åbövé thé délétîöñ lîmît ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>[!! årgûméñt %(årgûméñt_ñåmé)š: %(méššågé)š ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>at most {limit} characters (got {length})</source>
      <translation>[!! åt möšt {limit} çhåråçtérš (göt {length}) ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>[!! çåñ't öpéñ '%(fîléñåmé)š': %(érrör)š ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>cannot read {path} ({reason})</source>
      <translation>[!! çåññöt réåd {path} ({reason}) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>[!! çåññöt réåd {path}: {reason} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>cannot write to standard output ({reason}).</source>
      <translation>[!! çåññöt wrîté tö štåñdård öûtpût ({reason}). ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>cannot write to the data folder {path} ({reason}).</source>
      <translation>[!! çåññöt wrîté tö thé dåtå földér {path} ({reason}). ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>cannot write {path} in the data folder ({reason}); move it away or choose another data folder (--data-dir).</source>
      <translation>[!! çåññöt wrîté {path} îñ thé dåtå földér ({reason}); mövé ît åwåý ör çhööšé åñöthér dåtå földér (--dåtå-dîr). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>check the signed-in account's role and the granted permissions</source>
      <translation>[!! çhéçk thé šîgñéd-îñ åççöûñt'š rölé åñd thé gråñtéd pérmîššîöñš ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>check this installation (Qt, resources, translations, a demo sync) offscreen in a temporary folder, then exit</source>
      <translation>[!! çhéçk thîš îñštållåtîöñ (Qt, réšöûrçéš, tråñšlåtîöñš, å démö šýñç) öffšçrééñ îñ å témpörårý földér, théñ éxît ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>client {name} removed; {note}</source>
      <translation>[!! çlîéñt {name} rémövéd; {note} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>command line</source>
      <translation>[!! çömmåñd lîñé ~ !!]</translation>
    </message>
    <message>
      <source>companies</source>
      <translation>[!! çömpåñîéš ~ !!]</translation>
    </message>
    <message>
      <source>company</source>
      <translation>[!! çömpåñý ~ !!]</translation>
    </message>
    <message>
      <source>compare the platform's users with the shared ones and repair drift (users deleted or changed there by hand)</source>
      <translation>[!! çömpåré thé plåtförm'š ûšérš wîth thé šhåréd öñéš åñd répåîr drîft (ûšérš délétéd ör çhåñgéd théré bý håñd) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>confirm: all synced users lose access and are removed</source>
      <translation>[!! çöñfîrm: åll šýñçéd ûšérš löšé åççéšš åñd åré rémövéd ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>confirm: the client is disconnected and everything it had is deleted</source>
      <translation>[!! çöñfîrm: thé çlîéñt îš dîšçöññéçtéd åñd évérýthîñg ît håd îš délétéd ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>connect</source>
      <translation>[!! çöññéçt ~ !!]</translation>
    </message>
    <message>
      <source>connect without the initial sync</source>
      <translation>[!! çöññéçt wîthöût thé îñîtîål šýñç ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>connection state and counts</source>
      <translation>[!! çöññéçtîöñ štåté åñd çöûñtš ~~~~ !!]</translation>
    </message>
    <message>
      <source>countries</source>
      <translation>[!! çöûñtrîéš ~ !!]</translation>
    </message>
    <message>
      <source>country</source>
      <translation>[!! çöûñtrý ~ !!]</translation>
    </message>
    <message>
      <source>cron runs it every {minutes} minutes (the nearest interval cron repeats evenly)</source>
      <translation>[!! çröñ rûñš ît évérý {minutes} mîñûtéš (thé ñéåréšt îñtérvål çröñ répéåtš évéñlý) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>data folder</source>
      <translation>[!! dåtå földér ~ !!]</translation>
    </message>
    <message>
      <source>data folder (default: per-user app data; or IDP_WIZARD_DATA_DIR)</source>
      <translation>[!! dåtå földér (défåûlt: pér-ûšér åpp dåtå; ör ÎDP_WÎŽÅRD_DÅTÅ_DÎR) ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>database</source>
      <translation>[!! dåtåbåšé ~ !!]</translation>
    </message>
    <message>
      <source>deactivated on the platform; {concurrency} requests at once</source>
      <translation>[!! déåçtîvåtéd öñ thé plåtförm; {concurrency} réqûéštš åt öñçé ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>deleted on the platform; {concurrency} requests at once</source>
      <translation>[!! délétéd öñ thé plåtförm; {concurrency} réqûéštš åt öñçé ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>delivered</source>
      <translation>[!! délîvéréd ~ !!]</translation>
    </message>
    <message>
      <source>delta</source>
      <translation>[!! déltå ~ !!]</translation>
    </message>
    <message>
      <source>demo tenant tools (with --demo)</source>
      <translation>[!! démö téñåñt töölš (wîth --démö) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>demo tenant, {count} user in the directory</source>
      <translation>[!! démö téñåñt, {count} ûšér îñ thé dîréçtörý ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>demo tenant, {count} users in the directory</source>
      <translation>[!! démö téñåñt, {count} ûšérš îñ thé dîréçtörý ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>department</source>
      <translation>[!! dépårtméñt ~ !!]</translation>
    </message>
    <message>
      <source>departments</source>
      <translation>[!! dépårtméñtš ~ !!]</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>[!! dîšåbléd ~ !!]</translation>
    </message>
    <message>
      <source>disconnect a client, remove its synced users and delete its history, settings and keychain entries</source>
      <translation>[!! dîšçöññéçt å çlîéñt, rémövé îtš šýñçéd ûšérš åñd délété îtš hîštörý, šéttîñgš åñd kéýçhåîñ éñtrîéš ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>disconnect and permanently remove every synced user</source>
      <translation>[!! dîšçöññéçt åñd pérmåñéñtlý rémövé évérý šýñçéd ûšér ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>display name</source>
      <translation>[!! dîšplåý ñåmé ~ !!]</translation>
    </message>
    <message>
      <source>display_name</source>
      <translation>[!! dîšplåý_ñåmé ~ !!]</translation>
    </message>
    <message>
      <source>do not sync afterwards</source>
      <translation>[!! dö ñöt šýñç åftérwårdš ~~ !!]</translation>
    </message>
    <message>
      <source>domains</source>
      <translation>[!! dömåîñš ~ !!]</translation>
    </message>
    <message>
      <source>e-mail address</source>
      <translation>[!! é-måîl åddréšš ~ !!]</translation>
    </message>
    <message>
      <source>e-mail address is {length} characters long (limit {limit})</source>
      <translation>[!! é-måîl åddréšš îš {length} çhåråçtérš löñg (lîmît {limit}) ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>e-mail address {address} is also used by another employee</source>
      <translation>[!! é-måîl åddréšš {address} îš ålšö ûšéd bý åñöthér émplöýéé ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>e-mail address {address} is also used by {others} other employees</source>
      <translation>[!! é-måîl åddréšš {address} îš ålšö ûšéd bý {others} öthér émplöýééš ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>e-mail addresses</source>
      <translation>[!! é-måîl åddréššéš ~ !!]</translation>
    </message>
    <message>
      <source>email</source>
      <translation>[!! émåîl ~ !!]</translation>
    </message>
    <message>
      <source>employees in the demo tenant (default 250)</source>
      <translation>[!! émplöýééš îñ thé démö téñåñt (défåûlt 250) ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>enable the Admin SDK API in the Google Cloud project</source>
      <translation>[!! éñåblé thé Ådmîñ ŠDK ÅPÎ îñ thé Gööglé Çlöûd pröjéçt ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>enabled</source>
      <translation>[!! éñåbléd ~ !!]</translation>
    </message>
    <message>
      <source>even though users the app provisioned are still there (they are left there, no longer managed)</source>
      <translation>[!! évéñ thöûgh ûšérš thé åpp prövîšîöñéd åré štîll théré (théý åré léft théré, ñö löñgér måñågéd) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>every client with its provider, state and users</source>
      <translation>[!! évérý çlîéñt wîth îtš prövîdér, štåté åñd ûšérš ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>[!! éxpéçtéd %š årgûméñt ~ !!]</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>[!! éxpéçtéd %š årgûméñtš ~~ !!]</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>[!! éxpéçtéd åt léåšt öñé årgûméñt ~~~~~ !!]</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>[!! éxpéçtéd åt möšt öñé årgûméñt ~~~~~ !!]</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>[!! éxpéçtéd öñé årgûméñt ~~ !!]</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>[!! fåîléd ~ !!]</translation>
    </message>
    <message>
      <source>filter</source>
      <translation>[!! fîltér ~ !!]</translation>
    </message>
    <message>
      <source>filter change waiting for confirmation</source>
      <translation>[!! fîltér çhåñgé wåîtîñg för çöñfîrmåtîöñ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>forget the target and its token</source>
      <translation>[!! förgét thé tårgét åñd îtš tökéñ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>forget the users here only: they stay on the platform, no longer managed (recorded in the audit log)</source>
      <translation>[!! förgét thé ûšérš héré öñlý: théý štåý öñ thé plåtförm, ñö löñgér måñågéd (réçördéd îñ thé åûdît lög) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>full</source>
      <translation>[!! fûll ~ !!]</translation>
    </message>
    <message>
      <source>given name</source>
      <translation>[!! gîvéñ ñåmé ~ !!]</translation>
    </message>
    <message>
      <source>given twice ({first} and {second}); give it once</source>
      <translation>[!! gîvéñ twîçé ({first} åñd {second}); gîvé ît öñçé ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>given_name</source>
      <translation>[!! gîvéñ_ñåmé ~ !!]</translation>
    </message>
    <message>
      <source>grant admin consent for the permissions ({permissions})</source>
      <translation>[!! gråñt ådmîñ çöñšéñt för thé pérmîššîöñš ({permissions}) ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>grant admin consent for the permissions ({permissions}) or sign in as a Global Administrator</source>
      <translation>[!! gråñt ådmîñ çöñšéñt för thé pérmîššîöñš ({permissions}) ör šîgñ îñ åš å Glöbål Ådmîñîštråtör ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>group membership reads asked for at the next reauthorization</source>
      <translation>[!! gröûp mémbéršhîp réådš åškéd för åt thé ñéxt réåûthörîžåtîöñ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>groups</source>
      <translation>[!! gröûpš ~ !!]</translation>
    </message>
    <message>
      <source>guest</source>
      <translation>[!! gûéšt ~ !!]</translation>
    </message>
    <message>
      <source>halted</source>
      <translation>[!! håltéd ~ !!]</translation>
    </message>
    <message>
      <source>has no e-mail address</source>
      <translation>[!! håš ñö é-måîl åddréšš ~~ !!]</translation>
    </message>
    <message>
      <source>has no mailbox (mail is empty) and its sign-in name {upn} is no e-mail address; give it a mailbox or leave it out of the filter</source>
      <translation>[!! håš ñö måîlböx (måîl îš émptý) åñd îtš šîgñ-îñ ñåmé {upn} îš ñö é-måîl åddréšš; gîvé ît å måîlböx ör léåvé ît öût öf thé fîltér ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>has no mailbox (mail is empty), and its sign-in name {upn} is not in a verified e-mail domain of the tenant; give it a mailbox or an address in a verified domain, or leave it out of the filter</source>
      <translation>[!! håš ñö måîlböx (måîl îš émptý), åñd îtš šîgñ-îñ ñåmé {upn} îš ñöt îñ å vérîfîéd é-måîl dömåîñ öf thé téñåñt; gîvé ît å måîlböx ör åñ åddréšš îñ å vérîfîéd dömåîñ, ör léåvé ît öût öf thé fîltér ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>has no mailbox (mail is empty), and the tenant's verified domains could not be read to check that mail to {upn} arrives; reauthorize the connection so IdP Wizard may read them ({permission})</source>
      <translation>[!! håš ñö måîlböx (måîl îš émptý), åñd thé téñåñt'š vérîfîéd dömåîñš çöûld ñöt bé réåd tö çhéçk thåt måîl tö {upn} årrîvéš; réåûthörîžé thé çöññéçtîöñ šö ÎdP Wîžård måý réåd thém ({permission}) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>has no mailbox (mail is empty); its sign-in name {upn} is used as its address ({domain} is a verified e-mail domain of the tenant)</source>
      <translation>[!! håš ñö måîlböx (måîl îš émptý); îtš šîgñ-îñ ñåmé {upn} îš ûšéd åš îtš åddréšš ({domain} îš å vérîfîéd é-måîl dömåîñ öf thé téñåñt) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>held</source>
      <translation>[!! héld ~ !!]</translation>
    </message>
    <message>
      <source>how removals and requests are sent</source>
      <translation>[!! höw rémövålš åñd réqûéštš åré šéñt ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>id</source>
      <translation>[!! îd ~ !!]</translation>
    </message>
    <message>
      <source>idp-wizard: cannot open the desktop app: {problem}. {advice}.</source>
      <translation>[!! îdp-wîžård: çåññöt öpéñ thé déšktöp åpp: {problem}. {advice}. ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>idp-wizard: error: {message}</source>
      <translation>[!! îdp-wîžård: érrör: {message} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>[!! îgñöréd éxplîçît årgûméñt %r ~~~~~ !!]</translation>
    </message>
    <message>
      <source>in the country {values}</source>
      <translation>[!! îñ thé çöûñtrý {values} ~~~ !!]</translation>
    </message>
    <message>
      <source>in the group {values}</source>
      <translation>[!! îñ thé gröûp {values} ~~ !!]</translation>
    </message>
    <message>
      <source>in the org unit {values}</source>
      <translation>[!! îñ thé örg ûñît {values} ~~~ !!]</translation>
    </message>
    <message>
      <source>in {values}</source>
      <translation>[!! îñ {values} ~ !!]</translation>
    </message>
    <message>
      <source>include.emails changes nothing here: it adds people to those the other include criteria share, and with none of them every employee is shared already</source>
      <translation>[!! îñçlûdé.émåîlš çhåñgéš ñöthîñg héré: ît åddš péöplé tö thöšé thé öthér îñçlûdé çrîtérîå šhåré, åñd wîth ñöñé öf thém évérý émplöýéé îš šhåréd ålréådý ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>include.emails {value} has no license or is a room, which only_licensed leaves out; it is not shared</source>
      <translation>[!! îñçlûdé.émåîlš {value} håš ñö lîçéñšé ör îš å rööm, whîçh öñlý_lîçéñšéd léåvéš öût; ît îš ñöt šhåréd ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>include.emails {value} is a disabled account, which this filter leaves out; it is not shared (include_disabled: true shares disabled accounts)</source>
      <translation>[!! îñçlûdé.émåîlš {value} îš å dîšåbléd åççöûñt, whîçh thîš fîltér léåvéš öût; ît îš ñöt šhåréd (îñçlûdé_dîšåbléd: trûé šhåréš dîšåbléd åççöûñtš) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>include.emails {value} is a guest account, which this filter leaves out; it is not shared (include_guests: true shares guests)</source>
      <translation>[!! îñçlûdé.émåîlš {value} îš å gûéšt åççöûñt, whîçh thîš fîltér léåvéš öût; ît îš ñöt šhåréd (îñçlûdé_gûéštš: trûé šhåréš gûéštš) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>incomplete</source>
      <translation>[!! îñçömplété ~ !!]</translation>
    </message>
    <message>
      <source>installed (not active), every {minutes} minutes ({scheduler}: {location})</source>
      <translation>[!! îñštålléd (ñöt åçtîvé), évérý {minutes} mîñûtéš ({scheduler}: {location}) ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>installed (not active), interval unknown ({scheduler}: {location})</source>
      <translation>[!! îñštålléd (ñöt åçtîvé), îñtérvål ûñkñöwñ ({scheduler}: {location}) ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>installed but not loaded (log in again)</source>
      <translation>[!! îñštålléd bût ñöt löådéd (lög îñ ågåîñ) ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>installed, every {minutes} minutes ({scheduler}: {location})</source>
      <translation>[!! îñštålléd, évérý {minutes} mîñûtéš ({scheduler}: {location}) ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>installed, interval unknown ({scheduler}: {location})</source>
      <translation>[!! îñštålléd, îñtérvål ûñkñöwñ ({scheduler}: {location}) ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>internal error ({kind}); details are in {path}</source>
      <translation>[!! îñtérñål érrör ({kind}); détåîlš åré îñ {path} ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>[!! îñtérrûptéd ~ !!]</translation>
    </message>
    <message>
      <source>interrupted; nothing more was applied.</source>
      <translation>[!! îñtérrûptéd; ñöthîñg möré wåš åpplîéd. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>[!! îñvålîd %(týpé)š vålûé: %(vålûé)r ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>[!! îñvålîd çhöîçé: %(vålûé)r (çhööšé fröm %(çhöîçéš)š) ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>is a guest without an e-mail address (mail is empty)</source>
      <translation>[!! îš å gûéšt wîthöût åñ é-måîl åddréšš (måîl îš émptý) ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>it cannot be opened; check the folder exists and is writable</source>
      <translation>[!! ît çåññöt bé öpéñéd; çhéçk thé földér éxîštš åñd îš wrîtåblé ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>it does not exist</source>
      <translation>[!! ît döéš ñöt éxîšt ~ !!]</translation>
    </message>
    <message>
      <source>it exists already</source>
      <translation>[!! ît éxîštš ålréådý ~ !!]</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>[!! ît îš å földér ~ !!]</translation>
    </message>
    <message>
      <source>it is damaged</source>
      <translation>[!! ît îš dåmågéd ~ !!]</translation>
    </message>
    <message>
      <source>it is damaged (a table is missing)</source>
      <translation>[!! ît îš dåmågéd (å tåblé îš mîššîñg) ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>it is damaged or not an IdP Wizard database</source>
      <translation>[!! ît îš dåmågéd ör ñöt åñ ÎdP Wîžård dåtåbåšé ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>it is in use</source>
      <translation>[!! ît îš îñ ûšé ~ !!]</translation>
    </message>
    <message>
      <source>it is locked; unlock it (sign in to the desktop session) and try again</source>
      <translation>[!! ît îš löçkéd; ûñlöçk ît (šîgñ îñ tö thé déšktöp šéššîöñ) åñd trý ågåîñ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>it is read-only; check the file's permissions</source>
      <translation>[!! ît îš réåd-öñlý; çhéçk thé fîlé'š pérmîššîöñš ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>it usually ends with /scim/v2 or /v2</source>
      <translation>[!! ît ûšûållý éñdš wîth /šçîm/v2 ör /v2 ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>its command is not the one this installation writes, so it runs {command}; {install} writes it again</source>
      <translation>[!! îtš çömmåñd îš ñöt thé öñé thîš îñštållåtîöñ wrîtéš, šö ît rûñš {command}; {install} wrîtéš ît ågåîñ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>its folder {folder} is read-only; check the folder's permissions</source>
      <translation>[!! îtš földér {folder} îš réåd-öñlý; çhéçk thé földér'š pérmîššîöñš ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>its schedule has no single interval IdP Wizard can tell ({schedule})</source>
      <translation>[!! îtš šçhédûlé håš ñö šîñglé îñtérvål ÎdP Wîžård çåñ téll ({schedule}) ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>its unit files changed since systemd read them, so it still runs the old definition (systemctl --user daemon-reload reads them again)</source>
      <translation>[!! îtš ûñît fîléš çhåñgéd šîñçé šýštémd réåd thém, šö ît štîll rûñš thé öld défîñîtîöñ (šýštémçtl --ûšér dåémöñ-rélöåd réådš thém ågåîñ) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>job title</source>
      <translation>[!! jöb tîtlé ~ !!]</translation>
    </message>
    <message>
      <source>job titles</source>
      <translation>[!! jöb tîtléš ~ !!]</translation>
    </message>
    <message>
      <source>job_title</source>
      <translation>[!! jöb_tîtlé ~ !!]</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>[!! képt ~ !!]</translation>
    </message>
    <message>
      <source>language</source>
      <translation>[!! låñgûågé ~ !!]</translation>
    </message>
    <message>
      <source>language {value} is not a language code; using {code}</source>
      <translation>[!! låñgûågé {value} îš ñöt å låñgûågé çödé; ûšîñg {code} ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>language_raw</source>
      <translation>[!! låñgûågé_råw ~ !!]</translation>
    </message>
    <message>
      <source>let joiners, leavers and moves happen in the demo directory now</source>
      <translation>[!! lét jöîñérš, léåvérš åñd mövéš håppéñ îñ thé démö dîréçtörý ñöw ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>list the synced users</source>
      <translation>[!! lîšt thé šýñçéd ûšérš ~~ !!]</translation>
    </message>
    <message>
      <source>local port for the browser's answer (default: any free port)</source>
      <translation>[!! löçål pört för thé bröwšér'š åñšwér (défåûlt: åñý fréé pört) ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>located in {values}</source>
      <translation>[!! löçåtéd îñ {values} ~ !!]</translation>
    </message>
    <message>
      <source>location</source>
      <translation>[!! löçåtîöñ ~ !!]</translation>
    </message>
    <message>
      <source>locations</source>
      <translation>[!! löçåtîöñš ~ !!]</translation>
    </message>
    <message>
      <source>log folder</source>
      <translation>[!! lög földér ~ !!]</translation>
    </message>
    <message>
      <source>manager</source>
      <translation>[!! måñågér ~ !!]</translation>
    </message>
    <message>
      <source>manager_id</source>
      <translation>[!! måñågér_îd ~ !!]</translation>
    </message>
    <message>
      <source>minutes between syncs ({low}-{high}; default: the shortest interval of the clients, {default} unless changed)</source>
      <translation>[!! mîñûtéš bétwééñ šýñçš ({low}-{high}; défåûlt: thé šhörtéšt îñtérvål öf thé çlîéñtš, {default} ûñléšš çhåñgéd) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>missing key {key} in {where}</source>
      <translation>[!! mîššîñg kéý {key} îñ {where} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>more text follows the end of the JSON object</source>
      <translation>[!! möré téxt föllöwš thé éñd öf thé JŠÖÑ öbjéçt ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>must be a whole number, not {value}</source>
      <translation>[!! mûšt bé å whölé ñûmbér, ñöt {value} ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>must be at least {low} (got {value})</source>
      <translation>[!! mûšt bé åt léåšt {low} (göt {value}) ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>must be between {low} and {high} (got {value})</source>
      <translation>[!! mûšt bé bétwééñ {low} åñd {high} (göt {value}) ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>must name a client (it is empty)</source>
      <translation>[!! mûšt ñåmé å çlîéñt (ît îš émptý) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>must name a file (it is empty)</source>
      <translation>[!! mûšt ñåmé å fîlé (ît îš émptý) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>must name a folder (it is empty)</source>
      <translation>[!! mûšt ñåmé å földér (ît îš émptý) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>must not be empty; give a value or leave the option out</source>
      <translation>[!! mûšt ñöt bé émptý; gîvé å vålûé ör léåvé thé öptîöñ öût ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>[!! ñö åñšwér ~ !!]</translation>
    </message>
    <message>
      <source>no answer from the platform, retrying in {seconds} s</source>
      <translation>[!! ñö åñšwér fröm thé plåtförm, rétrýîñg îñ {seconds} š ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
      <translation>[!! ñö dîšplåý îš åvåîlåblé (ñéîthér DÎŠPLÅÝ ñör WÅÝLÅÑD_DÎŠPLÅÝ îš šét) ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>no optional features</source>
      <translation>[!! ñö öptîöñål féåtûréš ~ !!]</translation>
    </message>
    <message>
      <source>no session bus listens at {socket} now, so a run started while you are logged out cannot read the sign-in from the keychain (a systemd user timer is better)</source>
      <translation>[!! ñö šéššîöñ bûš lîštéñš åt {socket} ñöw, šö å rûñ štårtéd whîlé ýöû åré löggéd öût çåññöt réåd thé šîgñ-îñ fröm thé kéýçhåîñ (å šýštémd ûšér tîmér îš béttér) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>none</source>
      <translation>[!! ñöñé ~ !!]</translation>
    </message>
    <message>
      <source>none set ({command} ...)</source>
      <translation>[!! ñöñé šét ({command} ...) ~~~ !!]</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>[!! ñöñé ýét ~ !!]</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>[!! ñöt ållöwéd wîth årgûméñt %š ~~~~~ !!]</translation>
    </message>
    <message>
      <source>not available. {note}</source>
      <translation>[!! ñöt åvåîlåblé. {note} ~~ !!]</translation>
    </message>
    <message>
      <source>not installed ({scheduler}). Install it with: {command}</source>
      <translation>[!! ñöt îñštålléd ({scheduler}). Îñštåll ît wîth: {command} ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>not installed for this data folder ({scheduler}).</source>
      <translation>[!! ñöt îñštålléd för thîš dåtå földér ({scheduler}). ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>not provisioned</source>
      <translation>[!! ñöt prövîšîöñéd ~ !!]</translation>
    </message>
    <message>
      <source>not valid here: its lists or objects are nested far too deeply</source>
      <translation>[!! ñöt vålîd héré: îtš lîštš ör öbjéçtš åré ñéštéd får töö dééplý ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>now</source>
      <translation>[!! ñöw ~ !!]</translation>
    </message>
    <message>
      <source>null</source>
      <translation>[!! ñûll ~ !!]</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>[!! öñé öf thé årgûméñtš %š îš réqûîréd ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>only users whose name, e-mail or department contains TEXT</source>
      <translation>[!! öñlý ûšérš whöšé ñåmé, é-måîl ör dépårtméñt çöñtåîñš TÉXT ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>options</source>
      <translation>[!! öptîöñš ~ !!]</translation>
    </message>
    <message>
      <source>org unit</source>
      <translation>[!! örg ûñît ~ !!]</translation>
    </message>
    <message>
      <source>org units</source>
      <translation>[!! örg ûñîtš ~ !!]</translation>
    </message>
    <message>
      <source>org_unit</source>
      <translation>[!! örg_ûñît ~ !!]</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>[!! påûšéd ~ !!]</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>[!! péñdîñg ~ !!]</translation>
    </message>
    <message>
      <source>pending {counts}</source>
      <translation>[!! péñdîñg {counts} ~ !!]</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>[!! pérmîššîöñ déñîéd ~ !!]</translation>
    </message>
    <message>
      <source>platform {status}: +{created} ~{updated} -{deleted}, {failed} failed, {pending} pending</source>
      <translation>[!! plåtförm {status}: +{created} ~{updated} -{deleted}, {failed} fåîléd, {pending} péñdîñg ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>[!! pöšîtîöñål årgûméñtš ~ !!]</translation>
    </message>
    <message>
      <source>print JSON (the same in every language)</source>
      <translation>[!! prîñt JŠÖÑ (thé šåmé îñ évérý låñgûågé) ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>print what would change, save nothing</source>
      <translation>[!! prîñt whåt wöûld çhåñgé, šåvé ñöthîñg ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>provisioned</source>
      <translation>[!! prövîšîöñéd ~ !!]</translation>
    </message>
    <message>
      <source>read the token from standard input</source>
      <translation>[!! réåd thé tökéñ fröm štåñdård îñpût ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>read the whole directory even where an incremental read would do</source>
      <translation>[!! réåd thé whölé dîréçtörý évéñ whéré åñ îñçréméñtål réåd wöûld dö ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>reauthorize the connection</source>
      <translation>[!! réåûthörîžé thé çöññéçtîöñ ~~~~ !!]</translation>
    </message>
    <message>
      <source>register (or update) the scheduled sync</source>
      <translation>[!! régîštér (ör ûpdåté) thé šçhédûléd šýñç ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>removed employees are deactivated; {concurrency} requests at once</source>
      <translation>[!! rémövéd émplöýééš åré déåçtîvåtéd; {concurrency} réqûéštš åt öñçé ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>removed employees are deleted on the platform (default) or deactivated (active=false)</source>
      <translation>[!! rémövéd émplöýééš åré délétéd öñ thé plåtförm (défåûlt) ör déåçtîvåtéd (åçtîvé=fålšé) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>removed employees are deleted; {concurrency} requests at once</source>
      <translation>[!! rémövéd émplöýééš åré délétéd; {concurrency} réqûéštš åt öñçé ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>rename a client</source>
      <translation>[!! réñåmé å çlîéñt ~ !!]</translation>
    </message>
    <message>
      <source>replace FILE.zip if it exists</source>
      <translation>[!! réplåçé FÎLÉ.žîp îf ît éxîštš ~~~~~ !!]</translation>
    </message>
    <message>
      <source>replace the filter with FILE.json and sync</source>
      <translation>[!! réplåçé thé fîltér wîth FÎLÉ.jšöñ åñd šýñç ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>replace the scheduled sync of another data folder where the OS's scheduler holds one per user (systemd, launchd, Windows)</source>
      <translation>[!! réplåçé thé šçhédûléd šýñç öf åñöthér dåtå földér whéré thé ÖŠ'š šçhédûlér höldš öñé pér ûšér (šýštémd, låûñçhd, Wîñdöwš) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>requests at once (1-{most}, default 4)</source>
      <translation>[!! réqûéštš åt öñçé (1-{most}, défåûlt 4) ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>rounds of changes (each: a joiner, a leaver, a move)</source>
      <translation>[!! röûñdš öf çhåñgéš (éåçh: å jöîñér, å léåvér, å mövé) ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>running</source>
      <translation>[!! rûññîñg ~ !!]</translation>
    </message>
    <message>
      <source>scheduled</source>
      <translation>[!! šçhédûléd ~ !!]</translation>
    </message>
    <message>
      <source>show the plan, change nothing</source>
      <translation>[!! šhöw thé plåñ, çhåñgé ñöthîñg ~~~~~ !!]</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>[!! šhöw thé prögråm'š véršîöñ ñûmbér åñd éxît ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>[!! šhöw thîš hélp méššågé åñd éxît ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>sign in again and allow every requested permission</source>
      <translation>[!! šîgñ îñ ågåîñ åñd ållöw évérý réqûéštéd pérmîššîöñ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>sign in again to the connected provider (same tenant or workspace); synced users and the filter are kept</source>
      <translation>[!! šîgñ îñ ågåîñ tö thé çöññéçtéd prövîdér (šåmé téñåñt ör wörkšpåçé); šýñçéd ûšérš åñd thé fîltér åré képt ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>sign in as a super administrator and allow every requested permission</source>
      <translation>[!! šîgñ îñ åš å šûpér ådmîñîštråtör åñd ållöw évérý réqûéštéd pérmîššîöñ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>sign in to a provider and start syncing</source>
      <translation>[!! šîgñ îñ tö å prövîdér åñd štårt šýñçîñg ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>[!! škîppéd ~ !!]</translation>
    </message>
    <message>
      <source>skipped {count}</source>
      <translation>[!! škîppéd {count} ~ !!]</translation>
    </message>
    <message>
      <source>some failed</source>
      <translation>[!! šömé fåîléd ~ !!]</translation>
    </message>
    <message>
      <source>something that is not SCIM</source>
      <translation>[!! šöméthîñg thåt îš ñöt ŠÇÎM ~~~~ !!]</translation>
    </message>
    <message>
      <source>standard output is closed; nothing was done (send the output somewhere, e.g. &gt; FILE).</source>
      <translation>[!! štåñdård öûtpût îš çlöšéd; ñöthîñg wåš döñé (šéñd thé öûtpût šöméwhéré, é.g. &gt; FÎLÉ). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>succeeded</source>
      <translation>[!! šûççéédéd ~ !!]</translation>
    </message>
    <message>
      <source>support information without personal data</source>
      <translation>[!! šûppört îñförmåtîöñ wîthöût péršöñål dåtå ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>surname</source>
      <translation>[!! šûrñåmé ~ !!]</translation>
    </message>
    <message>
      <source>sync automatically with the OS's scheduler, also while the app is closed</source>
      <translation>[!! šýñç åûtömåtîçållý wîth thé ÖŠ'š šçhédûlér, ålšö whîlé thé åpp îš çlöšéd ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>sync every connected client in turn (one's failure or hold does not stop the others; exit code: 1 if any failed, else 3 if any held)</source>
      <translation>[!! šýñç évérý çöññéçtéd çlîéñt îñ tûrñ (öñé'š fåîlûré ör höld döéš ñöt štöp thé öthérš; éxît çödé: 1 îf åñý fåîléd, élšé 3 îf åñý héld) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>sync lock</source>
      <translation>[!! šýñç löçk ~ !!]</translation>
    </message>
    <message>
      <source>sync runs and admin actions</source>
      <translation>[!! šýñç rûñš åñd ådmîñ åçtîöñš ~~~~ !!]</translation>
    </message>
    <message>
      <source>sync the directory now</source>
      <translation>[!! šýñç thé dîréçtörý ñöw ~~ !!]</translation>
    </message>
    <message>
      <source>table (default) for reading; json or csv for tools (the same in every language)</source>
      <translation>[!! tåblé (défåûlt) för réådîñg; jšöñ ör çšv för töölš (thé šåmé îñ évérý låñgûågé) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>test a SCIM base URL and token, then use them</source>
      <translation>[!! téšt å ŠÇÎM båšé ÛRL åñd tökéñ, théñ ûšé thém ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>test the connection (the saved target, or the given URL and token)</source>
      <translation>[!! téšt thé çöññéçtîöñ (thé šåvéd tårgét, ör thé gîvéñ ÛRL åñd tökéñ) ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>test this SCIM base URL (with its token) instead of the saved target; nothing is saved</source>
      <translation>[!! téšt thîš ŠÇÎM båšé ÛRL (wîth îtš tökéñ) îñštéåd öf thé šåvéd tårgét; ñöthîñg îš šåvéd ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>the LaunchAgent</source>
      <translation>[!! thé LåûñçhÅgéñt ~ !!]</translation>
    </message>
    <message>
      <source>the bidirectional control character {code}</source>
      <translation>[!! thé bîdîréçtîöñål çöñtröl çhåråçtér {code} ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>the built-in client</source>
      <translation>[!! thé bûîlt-îñ çlîéñt ~ !!]</translation>
    </message>
    <message>
      <source>the client (customer organisation) to work on; may be left out when the profile has only one</source>
      <translation>[!! thé çlîéñt (çûštömér örgåñîšåtîöñ) tö wörk öñ; måý bé léft öût whéñ thé pröfîlé håš öñlý öñé ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the client configuration</source>
      <translation>[!! thé çlîéñt çöñfîgûråtîöñ ~~~ !!]</translation>
    </message>
    <message>
      <source>the clients (customer organisations) of this profile</source>
      <translation>[!! thé çlîéñtš (çûštömér örgåñîšåtîöñš) öf thîš pröfîlé ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the connection needs reauthorization; scheduled syncs are skipped until then.</source>
      <translation>[!! thé çöññéçtîöñ ñéédš réåûthörîžåtîöñ; šçhédûléd šýñçš åré škîppéd ûñtîl théñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the control character {code}</source>
      <translation>[!! thé çöñtröl çhåråçtér {code} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>the crontab</source>
      <translation>[!! thé çröñtåb ~ !!]</translation>
    </message>
    <message>
      <source>the data folder {path} (named by {source}) does not exist; nothing was done. Check the path; `connect` starts a new profile there.</source>
      <translation>[!! thé dåtå földér {path} (ñåméd bý {source}) döéš ñöt éxîšt; ñöthîñg wåš döñé. Çhéçk thé påth; `çöññéçt` štårtš å ñéw pröfîlé théré. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>the desktop needs system libraries that are missing (Debian/Ubuntu: apt-get install {packages})</source>
      <translation>[!! thé déšktöp ñéédš šýštém lîbrårîéš thåt åré mîššîñg (Débîåñ/Ûbûñtû: åpt-gét îñštåll {packages}) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>[!! thé dîšk îš fûll ~ !!]</translation>
    </message>
    <message>
      <source>the disk is full; free some space and try again</source>
      <translation>[!! thé dîšk îš fûll; fréé šömé špåçé åñd trý ågåîñ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation>[!! thé dîšk répörtéd åñ érrör ~~~~ !!]</translation>
    </message>
    <message>
      <source>the display {display} does not answer</source>
      <translation>[!! thé dîšplåý {display} döéš ñöt åñšwér ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the environment variable {name}</source>
      <translation>[!! thé éñvîröñméñt vårîåblé {name} ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the file starts with a second byte order mark (BOM); save it as UTF-8 again</source>
      <translation>[!! thé fîlé štårtš wîth å šéçöñd býté ördér mårk (BÖM); šåvé ît åš ÛTF-8 ågåîñ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the file system is read-only</source>
      <translation>[!! thé fîlé šýštém îš réåd-öñlý ~~~~~ !!]</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>[!! thé föllöwîñg årgûméñtš åré réqûîréd: %š ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>the identity provider: Microsoft Entra ID (entra) or Google Workspace (google)</source>
      <translation>[!! thé îdéñtîtý prövîdér: Mîçröšöft Éñtrå ÎD (éñtrå) ör Gööglé Wörkšpåçé (gööglé) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>the line is commented out, so cron does not run it</source>
      <translation>[!! thé lîñé îš çömméñtéd öût, šö çröñ döéš ñöt rûñ ît ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>the line or paragraph separator {code}</source>
      <translation>[!! thé lîñé ör pårågråph šépåråtör {code} ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <translation>[!! thé ñåmé îš töö löñg ~ !!]</translation>
    </message>
    <message>
      <source>the non-character {code}</source>
      <translation>[!! thé ñöñ-çhåråçtér {code} ~~~ !!]</translation>
    </message>
    <message>
      <source>the platform the shared employees are provisioned to (SCIM 2.0)</source>
      <translation>[!! thé plåtförm thé šhåréd émplöýééš åré prövîšîöñéd tö (ŠÇÎM 2.0) ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>the platform's SCIM base URL (usually ends with /scim/v2 or /v2)</source>
      <translation>[!! thé plåtförm'š ŠÇÎM båšé ÛRL (ûšûållý éñdš wîth /šçîm/v2 ör /v2) ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>the plist disables it (Disabled)</source>
      <translation>[!! thé plîšt dîšåbléš ît (Dîšåbléd) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the plist is damaged</source>
      <translation>[!! thé plîšt îš dåmågéd ~ !!]</translation>
    </message>
    <message>
      <source>the program the task starts</source>
      <translation>[!! thé prögråm thé tåšk štårtš ~~~~ !!]</translation>
    </message>
    <message>
      <source>the project's quota is used up; try again later or raise the quota in the Google Cloud console</source>
      <translation>[!! thé pröjéçt'š qûötå îš ûšéd ûp; trý ågåîñ låtér ör råîšé thé qûötå îñ thé Gööglé Çlöûd çöñšölé ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the saved Google OAuth client</source>
      <translation>[!! thé šåvéd Gööglé ÖÅûth çlîéñt ~~~~~ !!]</translation>
    </message>
    <message>
      <source>the saved filter</source>
      <translation>[!! thé šåvéd fîltér ~ !!]</translation>
    </message>
    <message>
      <source>the scheduled task</source>
      <translation>[!! thé šçhédûléd tåšk ~ !!]</translation>
    </message>
    <message>
      <source>the system refused it</source>
      <translation>[!! thé šýštém réfûšéd ît ~~ !!]</translation>
    </message>
    <message>
      <source>the system's proxy settings</source>
      <translation>[!! thé šýštém'š pröxý šéttîñgš ~~~~ !!]</translation>
    </message>
    <message>
      <source>the systemd user timer</source>
      <translation>[!! thé šýštémd ûšér tîmér ~~ !!]</translation>
    </message>
    <message>
      <source>the target, its state and counts (never the token)</source>
      <translation>[!! thé tårgét, îtš štåté åñd çöûñtš (ñévér thé tökéñ) ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>the task is disabled</source>
      <translation>[!! thé tåšk îš dîšåbléd ~ !!]</translation>
    </message>
    <message>
      <source>the task's definition is damaged</source>
      <translation>[!! thé tåšk'š défîñîtîöñ îš dåmågéd ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the timer is installed but not active</source>
      <translation>[!! thé tîmér îš îñštålléd bût ñöt åçtîvé ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the top level</source>
      <translation>[!! thé töp lévél ~ !!]</translation>
    </message>
    <message>
      <source>throttled by the platform, retrying in {seconds} s</source>
      <translation>[!! thröttléd bý thé plåtförm, rétrýîñg îñ {seconds} š ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>throttled by {provider}, retrying in {seconds} s</source>
      <translation>[!! thröttléd bý {provider}, rétrýîñg îñ {seconds} š ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>too many symbolic links</source>
      <translation>[!! töö måñý šýmbölîç lîñkš ~~~ !!]</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>[!! trûé ör fålšé ~ !!]</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation>[!! trûé/fålšé ~ !!]</translation>
    </message>
    <message>
      <source>unexpected option string: %s</source>
      <translation>[!! ûñéxpéçtéd öptîöñ štrîñg: %š ~~~~~ !!]</translation>
    </message>
    <message>
      <source>unknown key {keys} (and more) in {where} (allowed: {allowed})</source>
      <translation>[!! ûñkñöwñ kéý {keys} (åñd möré) îñ {where} (ållöwéd: {allowed}) ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>unknown key {keys} in {where} (allowed: {allowed})</source>
      <translation>[!! ûñkñöwñ kéý {keys} îñ {where} (ållöwéd: {allowed}) ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>[!! ûñréçögñîžéd årgûméñtš: %š ~~~~ !!]</translation>
    </message>
    <message>
      <source>unregister this data folder's scheduled sync</source>
      <translation>[!! ûñrégîštér thîš dåtå földér'š šçhédûléd šýñç ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>[!! ûšågé:  ~ !!]</translation>
    </message>
    <message>
      <source>use the offline demo tenant (separate demo profile, no network)</source>
      <translation>[!! ûšé thé öfflîñé démö téñåñt (šépåråté démö pröfîlé, ñö ñétwörk) ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>user interface language (pseudo: stretched test text for layouts)</source>
      <translation>[!! ûšér îñtérfåçé låñgûågé (pšéûdö: štrétçhéd téšt téxt för låýöûtš) ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>[!! wårñîñg ~ !!]</translation>
    </message>
    <message>
      <source>what the directory offers to filter on, with counts</source>
      <translation>[!! whåt thé dîréçtörý öfférš tö fîltér öñ, wîth çöûñtš ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>whether it is installed, its interval, last run</source>
      <translation>[!! whéthér ît îš îñštålléd, îtš îñtérvål, låšt rûñ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>which employees are shared</source>
      <translation>[!! whîçh émplöýééš åré šhåréd ~~~~ !!]</translation>
    </message>
    <message>
      <source>with an address at {values}</source>
      <translation>[!! wîth åñ åddréšš åt {values} ~~~~ !!]</translation>
    </message>
    <message>
      <source>working as {values}</source>
      <translation>[!! wörkîñg åš {values} ~ !!]</translation>
    </message>
    <message>
      <source>working for {values}</source>
      <translation>[!! wörkîñg för {values} ~ !!]</translation>
    </message>
    <message>
      <source>write logs, run history and settings to a zip (e-mail addresses, names and tokens redacted)</source>
      <translation>[!! wrîté lögš, rûñ hîštörý åñd šéttîñgš tö å žîp (é-måîl åddréššéš, ñåméš åñd tökéñš rédåçtéd) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>write to FILE (UTF-8; CSV with a byte order mark for Excel) instead of the console</source>
      <translation>[!! wrîté tö FÎLÉ (ÛTF-8; ÇŠV wîth å býté ördér mårk för Éxçél) îñštéåd öf thé çöñšölé ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{account} belongs to another Google Workspace than the connected one ({tenant}); sign in with an administrator of {tenant}, or disconnect first.</source>
      <translation>[!! {account} bélöñgš tö åñöthér Gööglé Wörkšpåçé thåñ thé çöññéçtéd öñé ({tenant}); šîgñ îñ wîth åñ ådmîñîštråtör öf {tenant}, ör dîšçöññéçt fîršt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{account} belongs to another tenant than the connected one ({tenant}); sign in with an administrator of {tenant}, or disconnect first.</source>
      <translation>[!! {account} bélöñgš tö åñöthér téñåñt thåñ thé çöññéçtéd öñé ({tenant}); šîgñ îñ wîth åñ ådmîñîštråtör öf {tenant}, ör dîšçöññéçt fîršt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{account} is not a Global Administrator of the tenant. Sign in with a Global Administrator account (or ask one to connect IdP Wizard).</source>
      <translation>[!! {account} îš ñöt å Glöbål Ådmîñîštråtör öf thé téñåñt. Šîgñ îñ wîth å Glöbål Ådmîñîštråtör åççöûñt (ör åšk öñé tö çöññéçt ÎdP Wîžård). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{account} is not a super administrator of the Google Workspace account. Sign in with a super administrator account.</source>
      <translation>[!! {account} îš ñöt å šûpér ådmîñîštråtör öf thé Gööglé Wörkšpåçé åççöûñt. Šîgñ îñ wîth å šûpér ådmîñîštråtör åççöûñt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{adding}, {removed} will be removed, {updated} updated; {shared} of {directory} employees will be shared.</source>
      <translation>[!! {adding}, {removed} wîll bé rémövéd, {updated} ûpdåtéd; {shared} öf {directory} émplöýééš wîll bé šhåréd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{attribute} ({count}):</source>
      <translation>[!! {attribute} ({count}): ~~ !!]</translation>
    </message>
    <message>
      <source>{client_id} is not an application (client) ID.</source>
      <translation>[!! {client_id} îš ñöt åñ åpplîçåtîöñ (çlîéñt) ÎD. ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} client</source>
      <translation>[!! {count} çlîéñt ~ !!]</translation>
    </message>
    <message>
      <source>{count} client; {attention}</source>
      <translation>[!! {count} çlîéñt; {attention} ~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} clients</source>
      <translation>[!! {count} çlîéñtš ~ !!]</translation>
    </message>
    <message>
      <source>{count} clients; {attention}</source>
      <translation>[!! {count} çlîéñtš; {attention} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} employee needs attention in the directory ({command})</source>
      <translation>[!! {count} émplöýéé ñéédš åttéñtîöñ îñ thé dîréçtörý ({command}) ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{count} employee needs attention in the directory:</source>
      <translation>[!! {count} émplöýéé ñéédš åttéñtîöñ îñ thé dîréçtörý: ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} employees need attention in the directory ({command})</source>
      <translation>[!! {count} émplöýééš ñééd åttéñtîöñ îñ thé dîréçtörý ({command}) ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{count} employees need attention in the directory:</source>
      <translation>[!! {count} émplöýééš ñééd åttéñtîöñ îñ thé dîréçtörý: ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} sync run</source>
      <translation>[!! {count} šýñç rûñ ~ !!]</translation>
    </message>
    <message>
      <source>{count} sync runs</source>
      <translation>[!! {count} šýñç rûñš ~ !!]</translation>
    </message>
    <message>
      <source>{count} synced user was removed</source>
      <translation>[!! {count} šýñçéd ûšér wåš rémövéd ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} synced users were removed</source>
      <translation>[!! {count} šýñçéd ûšérš wéré rémövéd ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} user</source>
      <translation>[!! {count} ûšér ~ !!]</translation>
    </message>
    <message>
      <source>{count} user stays on the platform ({url}), no longer managed; this was recorded in the audit log.</source>
      <translation>[!! {count} ûšér štåýš öñ thé plåtförm ({url}), ñö löñgér måñågéd; thîš wåš réçördéd îñ thé åûdît lög. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{count} user the app provisioned is on {url}. Disconnect removes it ({disconnect}); or keep it there, no longer managed, with {keep}.</source>
      <translation>[!! {count} ûšér thé åpp prövîšîöñéd îš öñ {url}. Dîšçöññéçt rémövéš ît ({disconnect}); ör kéép ît théré, ñö löñgér måñågéd, wîth {keep}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} user the app provisioned on the previous platform stays there, no longer managed.</source>
      <translation>[!! {count} ûšér thé åpp prövîšîöñéd öñ thé prévîöûš plåtförm štåýš théré, ñö löñgér måñågéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} user the app provisioned remains on {url}: {why} Run disconnect again to finish removing it ({command}).</source>
      <translation>[!! {count} ûšér thé åpp prövîšîöñéd rémåîñš öñ {url}: {why} Rûñ dîšçöññéçt ågåîñ tö fîñîšh rémövîñg ît ({command}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} user was deactivated on the platform ({url}).</source>
      <translation>[!! {count} ûšér wåš déåçtîvåtéd öñ thé plåtförm ({url}). ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} user was removed from the platform ({url}).</source>
      <translation>[!! {count} ûšér wåš rémövéd fröm thé plåtförm ({url}). ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} users</source>
      <translation>[!! {count} ûšérš ~ !!]</translation>
    </message>
    <message>
      <source>{count} other users on the platform (never touched)</source>
      <translation>[!! {count} öthér ûšérš öñ thé plåtförm (ñévér töûçhéd) ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>it could not be opened; check that it is running and unlocked and that IdP Wizard may use it</source>
      <translation>[!! ît çöûld ñöt bé öpéñéd; çhéçk thåt ît îš rûññîñg åñd ûñlöçkéd åñd thåt ÎdP Wîžård måý ûšé ît ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>it did not answer as expected; check that it is running and unlocked and that IdP Wizard may use it</source>
      <translation>[!! ît dîd ñöt åñšwér åš éxpéçtéd; çhéçk thåt ît îš rûññîñg åñd ûñlöçkéd åñd thåt ÎdP Wîžård måý ûšé ît ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>it refused to remove the entry; check that it is running and unlocked and that IdP Wizard may use it</source>
      <translation>[!! ît réfûšéd tö rémövé thé éñtrý; çhéçk thåt ît îš rûññîñg åñd ûñlöçkéd åñd thåt ÎdP Wîžård måý ûšé ît ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>it refused to save the entry; check that it is running and unlocked and that IdP Wizard may use it</source>
      <translation>[!! ît réfûšéd tö šåvé thé éñtrý; çhéçk thåt ît îš rûññîñg åñd ûñlöçkéd åñd thåt ÎdP Wîžård måý ûšé ît ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>keyring found none on this computer</source>
      <translation>[!! kéýrîñg föûñd ñöñé öñ thîš çömpûtér ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>keyring is set to keep nothing</source>
      <translation>[!! kéýrîñg îš šét tö kéép ñöthîñg ~~~~~ !!]</translation>
    </message>
    <message>
      <source>keyring's own set-up failed</source>
      <translation>[!! kéýrîñg'š öwñ šét-ûp fåîléd ~~~~ !!]</translation>
    </message>
    <message>
      <source>no answer came in time</source>
      <translation>[!! ñö åñšwér çåmé îñ tîmé ~~ !!]</translation>
    </message>
    <message>
      <source>no connection could be made</source>
      <translation>[!! ñö çöññéçtîöñ çöûld bé mådé ~~~~ !!]</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>[!! ñö réåšöñ gîvéñ ~ !!]</translation>
    </message>
    <message>
      <source>only a plain-text file store is installed</source>
      <translation>[!! öñlý å plåîñ-téxt fîlé štöré îš îñštålléd ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>the connection broke off</source>
      <translation>[!! thé çöññéçtîöñ bröké öff ~~~ !!]</translation>
    </message>
    <message>
      <source>the connection failed</source>
      <translation>[!! thé çöññéçtîöñ fåîléd ~~ !!]</translation>
    </message>
    <message>
      <source>the connection timed out</source>
      <translation>[!! thé çöññéçtîöñ tîméd öût ~~~ !!]</translation>
    </message>
    <message>
      <source>the proxy refused the connection</source>
      <translation>[!! thé pröxý réfûšéd thé çöññéçtîöñ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>the request is not valid</source>
      <translation>[!! thé réqûéšt îš ñöt vålîd ~~~ !!]</translation>
    </message>
    <message>
      <source>the request to unlock it was dismissed; unlock it and try again</source>
      <translation>[!! thé réqûéšt tö ûñlöçk ît wåš dîšmîššéd; ûñlöçk ît åñd trý ågåîñ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>the secure connection could not be verified; a proxy or firewall may be intercepting it</source>
      <translation>[!! thé šéçûré çöññéçtîöñ çöûld ñöt bé vérîfîéd; å pröxý ör fîréwåll måý bé îñtérçéptîñg ît ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>the server's name could not be looked up</source>
      <translation>[!! thé šérvér'š ñåmé çöûld ñöt bé löökéd ûp ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{count} provisioned users left on the platform</source>
      <translation>[!! {count} prövîšîöñéd ûšérš léft öñ thé plåtförm ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} provisioned users left on {url}</source>
      <translation>[!! {count} prövîšîöñéd ûšérš léft öñ {url} ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{count} read</source>
      <translation>[!! {count} réåd ~ !!]</translation>
    </message>
    <message>
      <source>{count} rounds of changes</source>
      <translation>[!! {count} röûñdš öf çhåñgéš ~~~ !!]</translation>
    </message>
    <message>
      <source>{count} synced users removed (run #{run})</source>
      <translation>[!! {count} šýñçéd ûšérš rémövéd (rûñ #{run}) ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{count} user the app provisioned was already gone from the platform (deleted there outside this app): there was nothing to remove.</source>
      <translation>[!! {count} ûšér thé åpp prövîšîöñéd wåš ålréådý göñé fröm thé plåtförm (délétéd théré öûtšîdé thîš åpp): théré wåš ñöthîñg tö rémövé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} users read</source>
      <translation>[!! {count} ûšérš réåd ~ !!]</translation>
    </message>
    <message>
      <source>{count} users stay on the platform ({url}), no longer managed; this was recorded in the audit log.</source>
      <translation>[!! {count} ûšérš štåý öñ thé plåtförm ({url}), ñö löñgér måñågéd; thîš wåš réçördéd îñ thé åûdît lög. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{count} users the app provisioned are on {url}. Disconnect removes them ({disconnect}); or keep them there, no longer managed, with {keep}.</source>
      <translation>[!! {count} ûšérš thé åpp prövîšîöñéd åré öñ {url}. Dîšçöññéçt rémövéš thém ({disconnect}); ör kéép thém théré, ñö löñgér måñågéd, wîth {keep}. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{count} users the app provisioned on the previous platform stay there, no longer managed.</source>
      <translation>[!! {count} ûšérš thé åpp prövîšîöñéd öñ thé prévîöûš plåtförm štåý théré, ñö löñgér måñågéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} users the app provisioned remain on {url}: {why} Run disconnect again to finish removing them ({command}).</source>
      <translation>[!! {count} ûšérš thé åpp prövîšîöñéd rémåîñ öñ {url}: {why} Rûñ dîšçöññéçt ågåîñ tö fîñîšh rémövîñg thém ({command}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} users the app provisioned were already gone from the platform (deleted there outside this app): there was nothing to remove.</source>
      <translation>[!! {count} ûšérš thé åpp prövîšîöñéd wéré ålréådý göñé fröm thé plåtförm (délétéd théré öûtšîdé thîš åpp): théré wåš ñöthîñg tö rémövé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} users were deactivated on the platform ({url}).</source>
      <translation>[!! {count} ûšérš wéré déåçtîvåtéd öñ thé plåtförm ({url}). ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{count} users were removed from the platform ({url}).</source>
      <translation>[!! {count} ûšérš wéré rémövéd fröm thé plåtförm ({url}). ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{done} of {total} groups read</source>
      <translation>[!! {done} öf {total} gröûpš réåd ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{error} Nothing was applied.</source>
      <translation>[!! {error} Ñöthîñg wåš åpplîéd. ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{error}. Nothing was synced; replace the filter ({command}).</source>
      <translation>[!! {error}. Ñöthîñg wåš šýñçéd; réplåçé thé fîltér ({command}). ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{field} held {character}, which was replaced</source>
      <translation>[!! {field} héld {character}, whîçh wåš réplåçéd ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{field} is {length} characters long (limit {limit})</source>
      <translation>[!! {field} îš {length} çhåråçtérš löñg (lîmît {limit}) ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{first}; {second}</source>
      <translation>[!! {first}; {second} ~ !!]</translation>
    </message>
    <message>
      <source>{host} did not answer in time ({tries}): check the network connection or try again later.</source>
      <translation>[!! {host} dîd ñöt åñšwér îñ tîmé ({tries}): çhéçk thé ñétwörk çöññéçtîöñ ör trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{host} is not available ({tries}, the server reported an error): try again later.</source>
      <translation>[!! {host} îš ñöt åvåîlåblé ({tries}, thé šérvér répörtéd åñ érrör): trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{host} is still throttling requests ({tries}): try again later.</source>
      <translation>[!! {host} îš štîll thröttlîñg réqûéštš ({tries}): trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{host} took more than {seconds} second to answer one request; IdP Wizard stopped waiting. Check the network connection or try again later.</source>
      <translation>[!! {host} töök möré thåñ {seconds} šéçöñd tö åñšwér öñé réqûéšt; ÎdP Wîžård štöppéd wåîtîñg. Çhéçk thé ñétwörk çöññéçtîöñ ör trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{host} took more than {seconds} seconds to answer one request; IdP Wizard stopped waiting. Check the network connection or try again later.</source>
      <translation>[!! {host} töök möré thåñ {seconds} šéçöñdš tö åñšwér öñé réqûéšt; ÎdP Wîžård štöppéd wåîtîñg. Çhéçk thé ñétwörk çöññéçtîöñ ör trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{location} already holds the scheduled sync of another data folder, {folder}, and {scheduler} keeps one per user; nothing was changed. Remove it there ({remove}), or replace it with this folder's: {replace}</source>
      <translation>[!! {location} ålréådý höldš thé šçhédûléd šýñç öf åñöthér dåtå földér, {folder}, åñd {scheduler} kéépš öñé pér ûšér; ñöthîñg wåš çhåñgéd. Rémövé ît théré ({remove}), ör réplåçé ît wîth thîš földér'š: {replace} ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{location} holds the scheduled sync of another data folder, {folder}, and {scheduler} keeps one per user. Remove it there ({remove}), or replace it with this folder's ({replace})</source>
      <translation>[!! {location} höldš thé šçhédûléd šýñç öf åñöthér dåtå földér, {folder}, åñd {scheduler} kéépš öñé pér ûšér. Rémövé ît théré ({remove}), ör réplåçé ît wîth thîš földér'š ({replace}) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{names}</source>
      <translation>[!! {names} ~ !!]</translation>
    </message>
    <message>
      <source>{names} and {more} more</source>
      <translation>[!! {names} åñd {more} möré ~~~ !!]</translation>
    </message>
    <message>
      <source>{names} or {count} more</source>
      <translation>[!! {names} ör {count} möré ~~~ !!]</translation>
    </message>
    <message>
      <source>{names} or {last}</source>
      <translation>[!! {names} ör {last} ~ !!]</translation>
    </message>
    <message>
      <source>{name}, {domain}, {count} employee</source>
      <translation>[!! {name}, {domain}, {count} émplöýéé ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{name}, {domain}, {count} employees</source>
      <translation>[!! {name}, {domain}, {count} émplöýééš ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{old} → {new}: a client name may not contain {character}, and {cleaned} is another client's name; renamed when IdP Wizard was updated</source>
      <translation>[!! {old} → {new}: å çlîéñt ñåmé måý ñöt çöñtåîñ {character}, åñd {cleaned} îš åñöthér çlîéñt'š ñåmé; réñåméd whéñ ÎdP Wîžård wåš ûpdåtéd ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{old} → {new}: a client name may not contain {character}; renamed when IdP Wizard was updated</source>
      <translation>[!! {old} → {new}: å çlîéñt ñåmé måý ñöt çöñtåîñ {character}; réñåméd whéñ ÎdP Wîžård wåš ûpdåtéd ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{option} is for Microsoft Entra ID; Google Workspace does not use it (leave it out)</source>
      <translation>[!! {option} îš för Mîçröšöft Éñtrå ÎD; Gööglé Wörkšpåçé döéš ñöt ûšé ît (léåvé ît öût) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{path} already exists; choose another name or replace it with --force</source>
      <translation>[!! {path} ålréådý éxîštš; çhööšé åñöthér ñåmé ör réplåçé ît wîth --förçé ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is a folder, but IdP Wizard keeps its {what} file there; move the folder away or choose another data folder (--data-dir).</source>
      <translation>[!! {path} îš å földér, bût ÎdP Wîžård kéépš îtš {what} fîlé théré; mövé thé földér åwåý ör çhööšé åñöthér dåtå földér (--dåtå-dîr). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is a folder; name a file</source>
      <translation>[!! {path} îš å földér; ñåmé å fîlé ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is a folder; name the file holding the token.</source>
      <translation>[!! {path} îš å földér; ñåmé thé fîlé höldîñg thé tökéñ. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is larger than {size} MB: that is not a filter file (a filter file is a few KB)</source>
      <translation>[!! {path} îš lårgér thåñ {size} MB: thåt îš ñöt å fîltér fîlé (å fîltér fîlé îš å féw KB) ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is missing, so the timer starts nothing</source>
      <translation>[!! {path} îš mîššîñg, šö thé tîmér štårtš ñöthîñg ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is not UTF-8 text (byte {byte}); save it as UTF-8</source>
      <translation>[!! {path} îš ñöt ÛTF-8 téxt (býté {byte}); šåvé ît åš ÛTF-8 ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is not UTF-8 text but UTF-16; save it as UTF-8</source>
      <translation>[!! {path} îš ñöt ÛTF-8 téxt bût ÛTF-16; šåvé ît åš ÛTF-8 ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is not valid JSON. {hint}</source>
      <translation>[!! {path} îš ñöt vålîd JŠÖÑ. {hint} ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{path} is one of IdP Wizard's own files; choose another file name</source>
      <translation>[!! {path} îš öñé öf ÎdP Wîžård'š öwñ fîléš; çhööšé åñöthér fîlé ñåmé ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{permissions} (and {groups} when groups are used)</source>
      <translation>[!! {permissions} (åñd {groups} whéñ gröûpš åré ûšéd) ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{prog}: error: {message}</source>
      <translation>[!! {prog}: érrör: {message} ~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} ({directory})</source>
      <translation>[!! {provider} ({directory}) ~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} answered the check for the administrator role in a form IdP Wizard cannot read; try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} åñšwéréd thé çhéçk för thé ådmîñîštråtör rölé îñ å förm ÎdP Wîžård çåññöt réåd; trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} answered {path} with an unexpected redirect ({status}).</source>
      <translation>[!! {provider} åñšwéréd {path} wîth åñ ûñéxpéçtéd rédîréçt ({status}). ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} denied access to {path} ({detail}): {hint}.</source>
      <translation>[!! {provider} déñîéd åççéšš tö {path} ({detail}): {hint}. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} ended a delta round without a delta link.</source>
      <translation>[!! {provider} éñdéd å déltå röûñd wîthöût å déltå lîñk. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} gave a link to {where}, which is not {home}; IdP Wizard did not follow it and sent no sign-in there. Nothing was changed; try again, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} gåvé å lîñk tö {where}, whîçh îš ñöt {home}; ÎdP Wîžård dîd ñöt föllöw ît åñd šéñt ñö šîgñ-îñ théré. Ñöthîñg wåš çhåñgéd; trý ågåîñ, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{provider} is already connected; only one identity provider can be connected at a time. Disconnect it first.</source>
      <translation>[!! {provider} îš ålréådý çöññéçtéd; öñlý öñé îdéñtîtý prövîdér çåñ bé çöññéçtéd åt å tîmé. Dîšçöññéçt ît fîršt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} is not responding ({detail}), retrying in {seconds} s</source>
      <translation>[!! {provider} îš ñöt réšpöñdîñg ({detail}), rétrýîñg îñ {seconds} š ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} is still not responding after {attempts} attempts ({detail}); check the network connection or try again later.</source>
      <translation>[!! {provider} îš štîll ñöt réšpöñdîñg åftér {attempts} åttémptš ({detail}); çhéçk thé ñétwörk çöññéçtîöñ ör trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{provider} is still throttled after {attempts} attempts ({detail}); try again later.</source>
      <translation>[!! {provider} îš štîll thröttléd åftér {attempts} åttémptš ({detail}); trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} kept listing {path} past {pages} pages, more than any directory has; IdP Wizard stopped reading it. Try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} képt lîštîñg {path} påšt {pages} pågéš, möré thåñ åñý dîréçtörý håš; ÎdP Wîžård štöppéd réådîñg ît. Trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} listed a group without a valid id; try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} lîštéd å gröûp wîthöût å vålîd îd; trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{provider} listed a member of the group {id} without a valid id; try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} lîštéd å mémbér öf thé gröûp {id} wîthöût å vålîd îd; trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{provider} listed a page of {path} twice, so the listing would never end; IdP Wizard stopped reading it. Try again later.</source>
      <translation>[!! {provider} lîštéd å pågé öf {path} twîçé, šö thé lîštîñg wöûld ñévér éñd; ÎdP Wîžård štöppéd réådîñg ît. Trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{provider} listed a user without a valid id; try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} lîštéd å ûšér wîthöût å vålîd îd; trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{provider} listed the group {id} with a value that is not text ({field}); try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} lîštéd thé gröûp {id} wîth å vålûé thåt îš ñöt téxt ({field}); trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} listed the user {id} with a value that is not text ({field}); try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} lîštéd thé ûšér {id} wîth å vålûé thåt îš ñöt téxt ({field}); trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} listed this user twice with different data; the later listing was used</source>
      <translation>[!! {provider} lîštéd thîš ûšér twîçé wîth dîfféréñt dåtå; thé låtér lîštîñg wåš ûšéd ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{provider} no longer knows the last sync state ({detail}); a full read is needed.</source>
      <translation>[!! {provider} ñö löñgér kñöwš thé låšt šýñç štåté ({detail}); å fûll réåd îš ñéédéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{provider} rejected the request to {path} ({detail}).</source>
      <translation>[!! {provider} réjéçtéd thé réqûéšt tö {path} ({detail}). ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} rejected the request to {path} ({detail}). {hint}.</source>
      <translation>[!! {provider} réjéçtéd thé réqûéšt tö {path} ({detail}). {hint}. ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{provider} rejected the request to {path} ({detail}: {said}).</source>
      <translation>[!! {provider} réjéçtéd thé réqûéšt tö {path} ({detail}: {said}). ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{provider} rejected the request to {path} ({detail}: {said}). {hint}.</source>
      <translation>[!! {provider} réjéçtéd thé réqûéšt tö {path} ({detail}: {said}). {hint}. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} rejected the sign-in ({code}). Reauthorize the connection.</source>
      <translation>[!! {provider} réjéçtéd thé šîgñ-îñ ({code}). Réåûthörîžé thé çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} returned a malformed response ({path}); try again later.</source>
      <translation>[!! {provider} rétûrñéd å målförméd réšpöñšé ({path}); trý ågåîñ låtér. ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} sent a malformed response, retrying in {seconds} s</source>
      <translation>[!! {provider} šéñt å målförméd réšpöñšé, rétrýîñg îñ {seconds} š ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{provider} sent an answer larger than {size} MB ({path}), more than any directory page; IdP Wizard stopped reading it. Try again later, and if it happens again, check the network (a proxy may rewrite the answers).</source>
      <translation>[!! {provider} šéñt åñ åñšwér lårgér thåñ {size} MB ({path}), möré thåñ åñý dîréçtörý pågé; ÎdP Wîžård štöppéd réådîñg ît. Trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk (å pröxý måý réwrîté thé åñšwérš). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} took more than {minutes} minutes to answer one request ({path}); IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
      <translation>[!! {provider} töök möré thåñ {minutes} mîñûtéš tö åñšwér öñé réqûéšt ({path}); ÎdP Wîžård štöppéd wåîtîñg. Trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} took more than {seconds} second to answer one request ({path}); IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
      <translation>[!! {provider} töök möré thåñ {seconds} šéçöñd tö åñšwér öñé réqûéšt ({path}); ÎdP Wîžård štöppéd wåîtîñg. Trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider} took more than {seconds} seconds to answer one request ({path}); IdP Wizard stopped waiting. Try again later, and if it happens again, check the network connection.</source>
      <translation>[!! {provider} töök möré thåñ {seconds} šéçöñdš tö åñšwér öñé réqûéšt ({path}); ÎdP Wîžård štöppéd wåîtîñg. Trý ågåîñ låtér, åñd îf ît håppéñš ågåîñ, çhéçk thé ñétwörk çöññéçtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider}: {path} was not found ({detail}); it may have been deleted.</source>
      <translation>[!! {provider}: {path} wåš ñöt föûñd ({detail}); ît måý håvé bééñ délétéd. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{provider}; {count} synced users removed</source>
      <translation>[!! {provider}; {count} šýñçéd ûšérš rémövéd ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{provisioned} provisioned, {pending} pending, {failed} failed</source>
      <translation>[!! {provisioned} prövîšîöñéd, {pending} péñdîñg, {failed} fåîléd ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{reason} (retried next sync)</source>
      <translation>[!! {reason} (rétrîéd ñéxt šýñç) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{request} was answered with a web page (404), not by the SCIM server: nothing is known to be removed or changed; check the SCIM base URL ({hint}).</source>
      <translation>[!! {request} wåš åñšwéréd wîth å wéb pågé (404), ñöt bý thé ŠÇÎM šérvér: ñöthîñg îš kñöwñ tö bé rémövéd ör çhåñgéd; çhéçk thé ŠÇÎM båšé ÛRL ({hint}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{scheduler}, every {minutes} minutes</source>
      <translation>[!! {scheduler}, évérý {minutes} mîñûtéš ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{seconds} seconds</source>
      <translation>[!! {seconds} šéçöñdš ~ !!]</translation>
    </message>
    <message>
      <source>{sentence} {note}</source>
      <translation>[!! {sentence} {note} ~ !!]</translation>
    </message>
    <message>
      <source>{source} belongs to a 'Web application' OAuth client; IdP Wizard needs a 'Desktop app' client. {hint}</source>
      <translation>[!! {source} bélöñgš tö å 'Wéb åpplîçåtîöñ' ÖÅûth çlîéñt; ÎdP Wîžård ñéédš å 'Déšktöp åpp' çlîéñt. {hint} ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{source} has no 'installed' client. {hint}</source>
      <translation>[!! {source} håš ñö 'îñštålléd' çlîéñt. {hint} ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{source} is empty; a filter file holds a JSON object (see {command})</source>
      <translation>[!! {source} îš émptý; å fîltér fîlé höldš å JŠÖÑ öbjéçt (šéé {command}) ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{source} is not a Google OAuth client file. {hint}</source>
      <translation>[!! {source} îš ñöt å Gööglé ÖÅûth çlîéñt fîlé. {hint} ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{source} lacks {keys}. {hint}</source>
      <translation>[!! {source} låçkš {keys}. {hint} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{source}: 'installed' must be an object. {hint}</source>
      <translation>[!! {source}: 'îñštålléd' mûšt bé åñ öbjéçt. {hint} ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{source}: client_secret must be text. {hint}</source>
      <translation>[!! {source}: çlîéñt_šéçrét mûšt bé téxt. {hint} ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{source}: not valid JSON (line {line}, column {column}: {reason})</source>
      <translation>[!! {source}: ñöt vålîd JŠÖÑ (lîñé {line}, çölûmñ {column}: {reason}) ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{source}: not valid here: it holds a number with thousands of digits</source>
      <translation>[!! {source}: ñöt vålîd héré: ît höldš å ñûmbér wîth thöûšåñdš öf dîgîtš ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{source}: the key {key} is given twice in one object; keep one of them</source>
      <translation>[!! {source}: thé kéý {key} îš gîvéñ twîçé îñ öñé öbjéçt; kéép öñé öf thém ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{source}: {error}</source>
      <translation>[!! {source}: {error} ~ !!]</translation>
    </message>
    <message>
      <source>{source}: {error}; check the spelling ({command} lists the values) or keep it with --allow-unmatched</source>
      <translation>[!! {source}: {error}; çhéçk thé špéllîñg ({command} lîštš thé vålûéš) ör kéép ît wîth --ållöw-ûñmåtçhéd ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{source}: {where} {value} contains {character}; remove it or retype the value</source>
      <translation>[!! {source}: {where} {value} çöñtåîñš {character}; rémövé ît ör rétýpé thé vålûé ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}, except {excluded}</source>
      <translation>[!! {summary}, éxçépt {excluded} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}, excluding disabled accounts</source>
      <translation>[!! {summary}, éxçlûdîñg dîšåbléd åççöûñtš ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{summary}, excluding guests</source>
      <translation>[!! {summary}, éxçlûdîñg gûéštš ~~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}, excluding guests and disabled accounts</source>
      <translation>[!! {summary}, éxçlûdîñg gûéštš åñd dîšåbléd åççöûñtš ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}, including guests and disabled accounts</source>
      <translation>[!! {summary}, îñçlûdîñg gûéštš åñd dîšåbléd åççöûñtš ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}, only licensed accounts</source>
      <translation>[!! {summary}, öñlý lîçéñšéd åççöûñtš ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}, plus {people}</source>
      <translation>[!! {summary}, plûš {people} ~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}; except 1 named person</source>
      <translation>[!! {summary}; éxçépt 1 ñåméd péršöñ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}; except {count} named people</source>
      <translation>[!! {summary}; éxçépt {count} ñåméd péöplé ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{summary}; plus 1 named person</source>
      <translation>[!! {summary}; plûš 1 ñåméd péršöñ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{summary}; plus {count} named people</source>
      <translation>[!! {summary}; plûš {count} ñåméd péöplé ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{synced} of {directory} in the directory</source>
      <translation>[!! {synced} öf {directory} îñ thé dîréçtörý ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{tenant} is not a tenant ID or domain.</source>
      <translation>[!! {tenant} îš ñöt å téñåñt ÎD ör dömåîñ. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{url} (embedded demo platform)</source>
      <translation>[!! {url} (émbéddéd démö plåtförm) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{url} answered with JSON that is not SCIM: check that the URL is the platform's SCIM base URL ({hint}).</source>
      <translation>[!! {url} åñšwéréd wîth JŠÖÑ thåt îš ñöt ŠÇÎM: çhéçk thåt thé ÛRL îš thé plåtförm'š ŠÇÎM båšé ÛRL ({hint}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{url} did not answer a user search with a SCIM list: check that the URL is the platform's SCIM base URL ({hint}).</source>
      <translation>[!! {url} dîd ñöt åñšwér å ûšér šéårçh wîth å ŠÇÎM lîšt: çhéçk thåt thé ÛRL îš thé plåtförm'š ŠÇÎM båšé ÛRL ({hint}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{url} has no valid host name (spaces or other characters that do not belong in one): enter the platform's SCIM base URL, for example https://example.com/scim/v2.</source>
      <translation>[!! {url} håš ñö vålîd höšt ñåmé (špåçéš ör öthér çhåråçtérš thåt dö ñöt bélöñg îñ öñé): éñtér thé plåtförm'š ŠÇÎM båšé ÛRL, för éxåmplé https://example.com/scim/v2. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{url} is not a URL: enter the platform's SCIM base URL, for example https://example.com/scim/v2.</source>
      <translation>[!! {url} îš ñöt å ÛRL: éñtér thé plåtförm'š ŠÇÎM båšé ÛRL, för éxåmplé https://example.com/scim/v2. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{url} is not an https:// URL: enter the platform's SCIM base URL, for example https://example.com/scim/v2.</source>
      <translation>[!! {url} îš ñöt åñ httpš:// ÛRL: éñtér thé plåtförm'š ŠÇÎM båšé ÛRL, för éxåmplé https://example.com/scim/v2. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{url} names port {port}; a port is a number from 1 to 65535.</source>
      <translation>[!! {url} ñåméš pört {port}; å pört îš å ñûmbér fröm 1 tö 65535. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{url} uses plain http: the token would cross the network unencrypted; use the https:// address.</source>
      <translation>[!! {url} ûšéš plåîñ http: thé tökéñ wöûld çröšš thé ñétwörk ûñéñçrýptéd; ûšé thé httpš:// åddréšš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{url}: deactivated {count}, already gone {gone}</source>
      <translation>[!! {url}: déåçtîvåtéd {count}, ålréådý göñé {gone} ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{url}: deactivated {count}, already gone {gone}, {remaining} still there</source>
      <translation>[!! {url}: déåçtîvåtéd {count}, ålréådý göñé {gone}, {remaining} štîll théré ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{url}: removed {count}, already gone {gone}</source>
      <translation>[!! {url}: rémövéd {count}, ålréådý göñé {gone} ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{url}: removed {count}, already gone {gone}, {remaining} still there</source>
      <translation>[!! {url}: rémövéd {count}, ålréådý göñé {gone}, {remaining} štîll théré ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{url}; {count} provisioned users left on {old}</source>
      <translation>[!! {url}; {count} prövîšîöñéd ûšérš léft öñ {old} ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{url}; {count} provisioned users left there, no longer managed</source>
      <translation>[!! {url}; {count} prövîšîöñéd ûšérš léft théré, ñö löñgér måñågéd ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>{users} synced users removed, {runs} sync runs deleted</source>
      <translation>[!! {users} šýñçéd ûšérš rémövéd, {runs} šýñç rûñš délétéd ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{value} contains {character}</source>
      <translation>[!! {value} çöñtåîñš {character} ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{value} is longer than any file name ({limit} characters at most)</source>
      <translation>[!! {value} îš löñgér thåñ åñý fîlé ñåmé ({limit} çhåråçtérš åt möšt) ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{value} matches nobody in the directory</source>
      <translation>[!! {value} måtçhéš ñöbödý îñ thé dîréçtörý ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{value} matches nobody in the directory (and 1 more value)</source>
      <translation>[!! {value} måtçhéš ñöbödý îñ thé dîréçtörý (åñd 1 möré vålûé) ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{value} matches nobody in the directory (and {count} more values)</source>
      <translation>[!! {value} måtçhéš ñöbödý îñ thé dîréçtörý (åñd {count} möré vålûéš) ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{value}… ({length} characters)</source>
      <translation>[!! {value}… ({length} çhåråçtérš) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{variable} is set but empty; name a folder or unset it</source>
      <translation>[!! {variable} îš šét bût émptý; ñåmé å földér ör ûñšét ît ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{warned} marked ! need attention (held, failed or needs reauthorization)</source>
      <translation>[!! {warned} mårkéd ! ñééd åttéñtîöñ (héld, fåîléd ör ñéédš réåûthörîžåtîöñ) ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{warned} marked ! needs attention (held, failed or needs reauthorization)</source>
      <translation>[!! {warned} mårkéd ! ñéédš åttéñtîöñ (héld, fåîléd ör ñéédš réåûthörîžåtîöñ) ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{what} failed (exit code {code}).</source>
      <translation>[!! {what} fåîléd (éxît çödé {code}). ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{what} failed (exit code {code}): {why}</source>
      <translation>[!! {what} fåîléd (éxît çödé {code}): {why} ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>{where} answered with {what} instead of SCIM: check that the URL is the platform's SCIM base URL ({hint}).</source>
      <translation>[!! {where} åñšwéréd wîth {what} îñštéåd öf ŠÇÎM: çhéçk thåt thé ÛRL îš thé plåtförm'š ŠÇÎM båšé ÛRL ({hint}). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>{where} has {count} values (at most {limit})</source>
      <translation>[!! {where} håš {count} vålûéš (åt möšt {limit}) ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>{where} is an empty value</source>
      <translation>[!! {where} îš åñ émptý vålûé ~~~ !!]</translation>
    </message>
    <message>
      <source>{where} is not valid ({rule})</source>
      <translation>[!! {where} îš ñöt vålîd ({rule}) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{where} must be {value} (this IdP Wizard reads version 1)</source>
      <translation>[!! {where} mûšt bé {value} (thîš ÎdP Wîžård réådš véršîöñ 1) ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{where} must be {wanted}, not {kind}</source>
      <translation>[!! {where} mûšt bé {wanted}, ñöt {kind} ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{where} {value}</source>
      <translation>[!! {where} {value} ~ !!]</translation>
    </message>
    <message>
      <source>{where} {value} holds nothing but characters that are not shown, such as {character}, so it would match nobody</source>
      <translation>[!! {where} {value} höldš ñöthîñg bût çhåråçtérš thåt åré ñöt šhöwñ, šûçh åš {character}, šö ît wöûld måtçh ñöbödý ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{where} {value} is longer than {limit} characters</source>
      <translation>[!! {where} {value} îš löñgér thåñ {limit} çhåråçtérš ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>{where}: there is no group {value} in the directory</source>
      <translation>[!! {where}: théré îš ñö gröûp {value} îñ thé dîréçtörý ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>{where}: there is no org unit {value} in the directory</source>
      <translation>[!! {where}: théré îš ñö örg ûñît {value} îñ thé dîréçtörý ~~~~~~~~ ~~~~~~~ !!]</translation>
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
      <translation>[!! Thé défåûltš åré rîght för ñéårlý évérýöñé. ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Profile: first name, last name and display name</source>
      <translation>[!! Pröfîlé: fîršt ñåmé, låšt ñåmé åñd dîšplåý ñåmé ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>[!! É-måîl åddréšš ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Organisation: department, job title, company and manager</source>
      <translation>[!! &amp;Örgåñîšåtîöñ: dépårtméñt, jöb tîtlé, çömpåñý åñd måñågér ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Location: office and country</source>
      <translation>[!! &amp;Löçåtîöñ: öffîçé åñd çöûñtrý ~~~~~ !!]</translation>
    </message>
    <message>
      <source>L&amp;anguage: the employee's preferred language</source>
      <translation>[!! L&amp;åñgûågé: thé émplöýéé'š préférréd låñgûågé ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Groups: group memberships, to choose employees by group</source>
      <translation>[!! &amp;Gröûpš: gröûp mémbéršhîpš, tö çhööšé émplöýééš bý gröûp ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>These details of each shared employee are synchronized:</source>
      <translation>[!! Théšé détåîlš öf éåçh šhåréd émplöýéé åré šýñçhröñîžéd: ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Always synchronized</source>
      <translation>[!! Ålwåýš šýñçhröñîžéd ~ !!]</translation>
    </message>
    <message>
      <source>Profile and e-mail address are always synchronized. Nothing is ever written back to your directory.</source>
      <translation>[!! Pröfîlé åñd é-måîl åddréšš åré ålwåýš šýñçhröñîžéd. Ñöthîñg îš évér wrîttéñ båçk tö ýöûr dîréçtörý. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>DemoActions</name>
    <message>
      <source>A joiner, a leaver and a move happened in the demo directory; the next sync picks them up.</source>
      <translation>[!! Å jöîñér, å léåvér åñd å mövé håppéñéd îñ thé démö dîréçtörý; thé ñéxt šýñç pîçkš thém ûp. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reset demo</source>
      <translation>[!! Réšét démö ~ !!]</translation>
    </message>
    <message>
      <source>Reset the demo? The demo connection and all its synced users are forgotten, so that you can connect again from the start. The sync history and the admin actions are kept.</source>
      <translation>[!! Réšét thé démö? Thé démö çöññéçtîöñ åñd åll îtš šýñçéd ûšérš åré förgöttéñ, šö thåt ýöû çåñ çöññéçt ågåîñ fröm thé štårt. Thé šýñç hîštörý åñd thé ådmîñ åçtîöñš åré képt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
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
      <translation>[!! Démö mödé — ñöthîñg léåvéš thîš çömpûtér ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Si&amp;mulate directory changes</source>
      <translation>[!! Šî&amp;mûlåté dîréçtörý çhåñgéš ~~~~ !!]</translation>
    </message>
    <message>
      <source>Let a joiner, a leaver and a move happen in the demo directory now; the next sync picks them up.</source>
      <translation>[!! Lét å jöîñér, å léåvér åñd å mövé håppéñ îñ thé démö dîréçtörý ñöw; thé ñéxt šýñç pîçkš thém ûp. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reset &amp;demo…</source>
      <translation>[!! Réšét &amp;démö… ~ !!]</translation>
    </message>
    <message>
      <source>Forget the demo connection and its users, to connect again from the start; the sync history and the admin actions are kept.</source>
      <translation>[!! Förgét thé démö çöññéçtîöñ åñd îtš ûšérš, tö çöññéçt ågåîñ fröm thé štårt; thé šýñç hîštörý åñd thé ådmîñ åçtîöñš åré képt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>DeviceCodePanel</name>
    <message>
      <source>&amp;Copy code</source>
      <translation>[!! &amp;Çöpý çödé ~ !!]</translation>
    </message>
    <message>
      <source>On a phone or another computer, open %1 and enter this code:</source>
      <translation>[!! Öñ å phöñé ör åñöthér çömpûtér, öpéñ %1 åñd éñtér thîš çödé: ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Sign-in code %1</source>
      <translation>[!! Šîgñ-îñ çödé %1 ~ !!]</translation>
    </message>
    <message>
      <source>The code expires in %1 min. Once you have signed in there, come back here.</source>
      <translation>[!! Thé çödé éxpîréš îñ %1 mîñ. Öñçé ýöû håvé šîgñéd îñ théré, çömé båçk héré. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
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
        <numerusform>[!! Åll %Ln šýñçéd ûšérš wîll bé pérmåñéñtlý rémövéd. Théý löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. Thîš çåññöt bé ûñdöñé; çöññéçtîñg ågåîñ låtér åddš thém åš ñéw ûšérš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</numerusform>
        <numerusform>[!! Åll %Ln šýñçéd ûšérš wîll bé pérmåñéñtlý rémövéd. Théý löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. Thîš çåññöt bé ûñdöñé; çöññéçtîñg ågåîñ låtér åddš thém åš ñéw ûšérš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>I &amp;understand that all %Ln users will be permanently removed.</source>
      <translation>
        <numerusform>[!! Î &amp;ûñdérštåñd thåt åll %Ln ûšérš wîll bé pérmåñéñtlý rémövéd. ~~~~~~~~ ~~~~~~~~ ~~ !!]</numerusform>
        <numerusform>[!! Î &amp;ûñdérštåñd thåt åll %Ln ûšérš wîll bé pérmåñéñtlý rémövéd. ~~~~~~~~ ~~~~~~~~ ~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Disconnect and remove users</source>
      <translation>[!! &amp;Dîšçöññéçt åñd rémövé ûšérš ~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Keep them on the platform instead (forget them here only)</source>
      <translation>[!! &amp;Kéép thém öñ thé plåtförm îñštéåd (förgét thém héré öñlý) ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The users stay on the platform, no longer managed by this app. This is recorded in the audit log.</source>
      <translation>[!! Thé ûšérš štåý öñ thé plåtförm, ñö löñgér måñågéd bý thîš åpp. Thîš îš réçördéd îñ thé åûdît lög. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln users will also be deactivated on the platform (%1).</source>
      <translation>
        <numerusform>[!! %Ln ûšérš wîll ålšö bé déåçtîvåtéd öñ thé plåtförm (%1). ~~~~~~~~ ~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš wîll ålšö bé déåçtîvåtéd öñ thé plåtförm (%1). ~~~~~~~~ ~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln users will also be removed from the platform (%1).</source>
      <translation>
        <numerusform>[!! %Ln ûšérš wîll ålšö bé rémövéd fröm thé plåtförm (%1). ~~~~~~~~ ~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš wîll ålšö bé rémövéd fröm thé plåtförm (%1). ~~~~~~~~ ~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>All %Ln synced users will be forgotten by this app. They keep their access to the platform, no longer managed by this app. This cannot be undone.</source>
      <translation>
        <numerusform>[!! Åll %Ln šýñçéd ûšérš wîll bé förgöttéñ bý thîš åpp. Théý kéép théîr åççéšš tö thé plåtförm, ñö löñgér måñågéd bý thîš åpp. Thîš çåññöt bé ûñdöñé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</numerusform>
        <numerusform>[!! Åll %Ln šýñçéd ûšérš wîll bé förgöttéñ bý thîš åpp. Théý kéép théîr åççéšš tö thé plåtförm, ñö löñgér måñågéd bý thîš åpp. Thîš çåññöt bé ûñdöñé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln users stay on the platform (%1).</source>
      <translation>
        <numerusform>[!! %Ln ûšérš štåý öñ thé plåtförm (%1). ~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš štåý öñ thé plåtförm (%1). ~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Disconnect, keep users on the platform</source>
      <translation>[!! &amp;Dîšçöññéçt, kéép ûšérš öñ thé plåtförm ~~~~~~~~ ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Something went wrong (%1). Please try again.</source>
      <translation>[!! Šöméthîñg wéñt wröñg (%1). Pléåšé trý ågåîñ. ~~~~~~~~ ~~~ !!]</translation>
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
      <source>Only &amp;licensed accounts</source>
      <translation>[!! Öñlý &amp;lîçéñšéd åççöûñtš ~~~ !!]</translation>
    </message>
    <message>
      <source>Rooms, shared mailboxes and service accounts are users in Microsoft Entra ID too, and many can sign in. “Only licensed accounts” leaves out every account without a license, and room mailboxes where IdP Wizard may read the room list (permission Place.Read.All). An employee still waiting for a license is left out as well.</source>
      <translation>[!! Röömš, šhåréd måîlböxéš åñd šérvîçé åççöûñtš åré ûšérš îñ Mîçröšöft Éñtrå ÎD töö, åñd måñý çåñ šîgñ îñ. “Öñlý lîçéñšéd åççöûñtš” léåvéš öût évérý åççöûñt wîthöût å lîçéñšé, åñd rööm måîlböxéš whéré ÎdP Wîžård måý réåd thé rööm lîšt (pérmîššîöñ Plåçé.Réåd.Åll). Åñ émplöýéé štîll wåîtîñg för å lîçéñšé îš léft öût åš wéll. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
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
      <source>Ask for &amp;group access</source>
      <translation>[!! Åšk för &amp;gröûp åççéšš ~~ !!]</translation>
    </message>
    <message>
      <source>No employee matches these criteria: %1.</source>
      <translation>[!! Ñö émplöýéé måtçhéš théšé çrîtérîå: %1. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Matching employees (%1)</source>
      <translation>[!! &amp;Måtçhîñg émplöýééš (%1) ~~~ !!]</translation>
    </message>
    <message>
      <source>Include &amp;guests (%1)</source>
      <translation>[!! Îñçlûdé &amp;gûéštš (%1) ~ !!]</translation>
    </message>
    <message>
      <source>Include &amp;disabled accounts (%1)</source>
      <translation>[!! Îñçlûdé &amp;dîšåbléd åççöûñtš (%1) ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Only &amp;licensed accounts (leaves out %1)</source>
      <translation>[!! Öñlý &amp;lîçéñšéd åççöûñtš (léåvéš öût %1) ~~~~~~~~ ~ !!]</translation>
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
    <message numerus="yes">
      <source>%1 (%Ln employees, including its sub-units)</source>
      <translation>
        <numerusform>[!! %1 (%Ln émplöýééš, îñçlûdîñg îtš šûb-ûñîtš) ~~~~~~~~ ~~~ !!]</numerusform>
        <numerusform>[!! %1 (%Ln émplöýééš, îñçlûdîñg îtš šûb-ûñîtš) ~~~~~~~~ ~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 (%Ln employees)</source>
      <translation>
        <numerusform>[!! %1 (%Ln émplöýééš) ~ !!]</numerusform>
        <numerusform>[!! %1 (%Ln émplöýééš) ~ !!]</numerusform>
      </translation>
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
      <translation>[!! Mémbérš öf ñéštéd gröûpš çöûñt åš mémbérš. ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Choosing an org unit includes all of its sub-units.</source>
      <translation>[!! Çhööšîñg åñ örg ûñît îñçlûdéš åll öf îtš šûb-ûñîtš. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employees with any of the included values are shared.</source>
      <translation>[!! Émplöýééš wîth åñý öf thé îñçlûdéd vålûéš åré šhåréd. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>Share %1 out of %Ln employees</source>
      <translation>
        <numerusform>[!! Šhåré %1 öût öf %Ln émplöýééš ~~~~~ !!]</numerusform>
        <numerusform>[!! Šhåré %1 öût öf %Ln émplöýééš ~~~~~ !!]</numerusform>
      </translation>
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
      <translation>[!! Çhööšé whîçh émplöýééš tö šhåré. Öñlý théý åré prövîšîöñéd; ýöû çåñ çhåñgé thîš låtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>[!! &amp;Çåñçél ~ !!]</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>[!! Çåñçéllîñg… ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Try again</source>
      <translation>[!! &amp;Trý ågåîñ ~ !!]</translation>
    </message>
    <message>
      <source>Synchronizing the rules: reading users, groups and org units from %1…</source>
      <translation>[!! Šýñçhröñîžîñg thé rûléš: réådîñg ûšérš, gröûpš åñd örg ûñîtš fröm %1… ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
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
      <translation>[!! Thé prövîdér åškéd ûš tö šlöw döwñ; çöñtîñûîñg šhörtlý… ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reading the directory was cancelled.</source>
      <translation>[!! Réådîñg thé dîréçtörý wåš çåñçélléd. ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>[!! Prépårîñg thé prévîéw… ~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>FinishPage</name>
    <message>
      <source>Reauthorization</source>
      <translation>[!! Réåûthörîžåtîöñ ~ !!]</translation>
    </message>
    <message>
      <source>The connection is authorized again; the synced users are brought up to date.</source>
      <translation>[!! Thé çöññéçtîöñ îš åûthörîžéd ågåîñ; thé šýñçéd ûšérš åré bröûght ûp tö dåté. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Employee Filtering</source>
      <translation>[!! Émplöýéé Fîltérîñg ~ !!]</translation>
    </message>
    <message>
      <source>The chosen employees are now shared with the platform.</source>
      <translation>[!! Thé çhöšéñ émplöýééš åré ñöw šhåréd wîth thé plåtförm. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Stop</source>
      <translation>[!! &amp;Štöp ~ !!]</translation>
    </message>
    <message>
      <source>The chosen employees are being shared with the platform.</source>
      <translation>[!! Thé çhöšéñ émplöýééš åré béîñg šhåréd wîth thé plåtförm. ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Stopping the sync…</source>
      <translation>[!! Štöppîñg thé šýñç… ~ !!]</translation>
    </message>
    <message>
      <source>This may take several minutes for large directories. You can leave this window open; closing it does not undo anything.</source>
      <translation>[!! Thîš måý tåké šévérål mîñûtéš för lårgé dîréçtörîéš. Ýöû çåñ léåvé thîš wîñdöw öpéñ; çlöšîñg ît döéš ñöt ûñdö åñýthîñg. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>&amp;Retry</source>
      <translation>[!! &amp;Rétrý ~ !!]</translation>
    </message>
    <message>
      <source>Bringing the synced users up to date…</source>
      <translation>[!! Brîñgîñg thé šýñçéd ûšérš ûp tö dåté… ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sharing employees…</source>
      <translation>[!! Šhårîñg émplöýééš… ~ !!]</translation>
    </message>
    <message>
      <source>Reading the employees from your directory…</source>
      <translation>[!! Réådîñg thé émplöýééš fröm ýöûr dîréçtörý… ~~~~~~~~ ~~ !!]</translation>
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
      <translation>[!! Çömpårîñg wîth thé émplöýééš ålréådý šhåréd… ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Saving the shared employees…</source>
      <translation>[!! Šåvîñg thé šhåréd émplöýééš… ~~~~~ !!]</translation>
    </message>
    <message>
      <source>The provider asked us to slow down; continuing shortly…</source>
      <translation>[!! Thé prövîdér åškéd ûš tö šlöw döwñ; çöñtîñûîñg šhörtlý… ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Nothing changes until you confirm the removals.</source>
      <translation>[!! Ñöthîñg çhåñgéš ûñtîl ýöû çöñfîrm thé rémövålš. ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Reauthorization: Waiting for your confirmation</source>
      <translation>[!! Réåûthörîžåtîöñ: Wåîtîñg för ýöûr çöñfîrmåtîöñ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Employee Filtering: Waiting for your confirmation</source>
      <translation>[!! Émplöýéé Fîltérîñg: Wåîtîñg för ýöûr çöñfîrmåtîöñ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reauthorization: Completed</source>
      <translation>[!! Réåûthörîžåtîöñ: Çömplétéd ~~~~ !!]</translation>
    </message>
    <message>
      <source>Employee Filtering: Completed</source>
      <translation>[!! Émplöýéé Fîltérîñg: Çömplétéd ~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln employees are shared. They are kept up to date automatically.</source>
      <translation>
        <numerusform>[!! %Ln émplöýééš åré šhåréd. Théý åré képt ûp tö dåté åûtömåtîçållý. ~~~~~~~~ ~~~~~~~~ ~~~ !!]</numerusform>
        <numerusform>[!! %Ln émplöýééš åré šhåréd. Théý åré képt ûp tö dåté åûtömåtîçållý. ~~~~~~~~ ~~~~~~~~ ~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>Reauthorization: Saved, the sync did not finish</source>
      <translation>[!! Réåûthörîžåtîöñ: Šåvéd, thé šýñç dîd ñöt fîñîšh ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Employee Filtering: Not finished</source>
      <translation>[!! Émplöýéé Fîltérîñg: Ñöt fîñîšhéd ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The chosen employees are not shared yet.</source>
      <translation>[!! Thé çhöšéñ émplöýééš åré ñöt šhåréd ýét. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Nothing was applied: the identity provider was disconnected meanwhile (from the command line, say). Connect it again from the panel to share employees.</source>
      <translation>[!! Ñöthîñg wåš åpplîéd: thé îdéñtîtý prövîdér wåš dîšçöññéçtéd méåñwhîlé (fröm thé çömmåñd lîñé, šåý). Çöññéçt ît ågåîñ fröm thé påñél tö šhåré émplöýééš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The sync was stopped.</source>
      <translation>[!! Thé šýñç wåš štöppéd. ~~ !!]</translation>
    </message>
    <message>
      <source>%1 The connection is saved; retry now or let the next scheduled sync finish the job.</source>
      <translation>[!! %1 Thé çöññéçtîöñ îš šåvéd; rétrý ñöw ör lét thé ñéxt šçhédûléd šýñç fîñîšh thé jöb. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>FinishSummary</name>
    <message>
      <source>Identity provider:</source>
      <translation>[!! Îdéñtîtý prövîdér: ~ !!]</translation>
    </message>
    <message>
      <source>Signed in as:</source>
      <translation>[!! Šîgñéd îñ åš: ~ !!]</translation>
    </message>
    <message>
      <source>Shared:</source>
      <translation>[!! Šhåréd: ~ !!]</translation>
    </message>
    <message>
      <source>Platform:</source>
      <translation>[!! Plåtförm: ~ !!]</translation>
    </message>
    <message>
      <source>Next automatic sync:</source>
      <translation>[!! Ñéxt åûtömåtîç šýñç: ~ !!]</translation>
    </message>
    <message>
      <source>To connect another provider: ⋮ menu → Disconnect, then connect again.</source>
      <translation>[!! Tö çöññéçt åñöthér prövîdér: ⋮ méñû → Dîšçöññéçt, théñ çöññéçt ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Change it: ⋮ menu → Reauthorize connection</source>
      <translation>[!! Çhåñgé ît: ⋮ méñû → Réåûthörîžé çöññéçtîöñ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Change it: ⋮ menu → Edit user filters</source>
      <translation>[!! Çhåñgé ît: ⋮ méñû → Édît ûšér fîltérš ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Change it: ⋮ menu → Settings → Platform</source>
      <translation>[!! Çhåñgé ît: ⋮ méñû → Šéttîñgš → Plåtförm ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Change it: “Sync every” in the panel, or ⋮ menu → Settings</source>
      <translation>[!! Çhåñgé ît: “Šýñç évérý” îñ thé påñél, ör ⋮ méñû → Šéttîñgš ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>[!! %1 · %2 ~ !!]</translation>
    </message>
    <message>
      <source>%1 of %2 employees shared</source>
      <translation>[!! %1 öf %2 émplöýééš šhåréd ~~~ !!]</translation>
    </message>
    <message>
      <source>Not set up yet: the %1 shared employees stay in this app until you set the platform.</source>
      <translation>[!! Ñöt šét ûp ýét: thé %1 šhåréd émplöýééš štåý îñ thîš åpp ûñtîl ýöû šét thé plåtförm. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>%1 (the demo platform inside this app)</source>
      <translation>[!! %1 (thé démö plåtförm îñšîdé thîš åpp) ~~~~~~~~ ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%1 now holds %Ln users</source>
      <translation>
        <numerusform>[!! %1 ñöw höldš %Ln ûšérš ~~ !!]</numerusform>
        <numerusform>[!! %1 ñöw höldš %Ln ûšérš ~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>%1, then every %2 minutes</source>
      <translation>[!! %1, théñ évérý %2 mîñûtéš ~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>GoodToKnow</name>
    <message>
      <source>Good to know</source>
      <translation>[!! Gööd tö kñöw ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>HistoryChart</name>
    <message>
      <source>Sync history chart</source>
      <translation>[!! Šýñç hîštörý çhårt ~ !!]</translation>
    </message>
    <message>
      <source>No syncs yet.</source>
      <translation>[!! Ñö šýñçš ýét. ~ !!]</translation>
    </message>
    <message>
      <source>Runs shown: %1 (since %2)</source>
      <translation>[!! Rûñš šhöwñ: %1 (šîñçé %2) ~~~ !!]</translation>
    </message>
    <message>
      <source>synced users now: %1 (after the first run shown: %2)</source>
      <translation>[!! šýñçéd ûšérš ñöw: %1 (åftér thé fîršt rûñ šhöwñ: %2) ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>[!! %1: %2 ~ !!]</translation>
    </message>
    <message>
      <source>none held or failed</source>
      <translation>[!! ñöñé héld ör fåîléd ~ !!]</translation>
    </message>
    <message>
      <source>latest: %1</source>
      <translation>[!! låtéšt: %1 ~ !!]</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>[!! %1 — %2 ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln removals wait for your confirmation; nothing was applied.</source>
      <translation>
        <numerusform>[!! %Ln rémövålš wåît för ýöûr çöñfîrmåtîöñ; ñöthîñg wåš åpplîéd. ~~~~~~~~ ~~~~~~~~ ~~ !!]</numerusform>
        <numerusform>[!! %Ln rémövålš wåît för ýöûr çöñfîrmåtîöñ; ñöthîñg wåš åpplîéd. ~~~~~~~~ ~~~~~~~~ ~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing was applied.</source>
      <translation>[!! Ñöthîñg wåš åpplîéd. ~ !!]</translation>
    </message>
    <message>
      <source>%1 added, %2 updated, %3 removed</source>
      <translation>[!! %1 åddéd, %2 ûpdåtéd, %3 rémövéd ~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln synced users after this run</source>
      <translation>
        <numerusform>[!! %Ln šýñçéd ûšérš åftér thîš rûñ ~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln šýñçéd ûšérš åftér thîš rûñ ~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>Synced users after each run (now %1)</source>
      <translation>[!! Šýñçéd ûšérš åftér éåçh rûñ (ñöw %1) ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Synced users after each run</source>
      <translation>[!! Šýñçéd ûšérš åftér éåçh rûñ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Changes per run:</source>
      <translation>[!! Çhåñgéš pér rûñ: ~ !!]</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>[!! Åddéd ~ !!]</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>[!! Rémövéd ~ !!]</translation>
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
      <source>No syncs yet</source>
      <translation>[!! Ñö šýñçš ýét ~ !!]</translation>
    </message>
    <message>
      <source>Each sync shows here: a chart of the synced users and of each run's changes, and a list with when it ran, what started it, and how many users it added, updated and removed.</source>
      <translation>[!! Éåçh šýñç šhöwš héré: å çhårt öf thé šýñçéd ûšérš åñd öf éåçh rûñ'š çhåñgéš, åñd å lîšt wîth whéñ ît råñ, whåt štårtéd ît, åñd höw måñý ûšérš ît åddéd, ûpdåtéd åñd rémövéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
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
      <source>No admin actions yet. Connecting, changing the filters and disconnecting are listed here.</source>
      <translation>[!! Ñö ådmîñ åçtîöñš ýét. Çöññéçtîñg, çhåñgîñg thé fîltérš åñd dîšçöññéçtîñg åré lîštéd héré. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sync runs (newest first)</source>
      <translation>[!! Šýñç rûñš (ñéwéšt fîršt) ~~~ !!]</translation>
    </message>
    <message>
      <source>Problems and errors of the selected run</source>
      <translation>[!! Pröblémš åñd érrörš öf thé šéléçtéd rûñ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Synced users and changes per run</source>
      <translation>[!! Šýñçéd ûšérš åñd çhåñgéš pér rûñ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>S&amp;ync runs</source>
      <translation>[!! Š&amp;ýñç rûñš ~ !!]</translation>
    </message>
    <message>
      <source>Admin actions (newest first)</source>
      <translation>[!! Ådmîñ åçtîöñš (ñéwéšt fîršt) ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Admin a&amp;ctions</source>
      <translation>[!! Ådmîñ å&amp;çtîöñš ~ !!]</translation>
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
        <numerusform>[!! %Ln émplöýééš ñééd åttéñtîöñ îñ thé dîréçtörý: ~~~~~~~~ ~~~~ !!]</numerusform>
        <numerusform>[!! %Ln émplöýééš ñééd åttéñtîöñ îñ thé dîréçtörý: ~~~~~~~~ ~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln not provisioned on the platform:</source>
      <translation>
        <numerusform>[!! %Ln ñöt prövîšîöñéd öñ thé plåtförm: ~~~~~~~~ !!]</numerusform>
        <numerusform>[!! %Ln ñöt prövîšîöñéd öñ thé plåtförm: ~~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln employees were skipped; who and why is no longer kept (only the newest run keeps it, and no run after a disconnect).</source>
      <translation>
        <numerusform>[!! %Ln émplöýééš wéré škîppéd; whö åñd whý îš ñö löñgér képt (öñlý thé ñéwéšt rûñ kéépš ît, åñd ñö rûñ åftér å dîšçöññéçt). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</numerusform>
        <numerusform>[!! %Ln émplöýééš wéré škîppéd; whö åñd whý îš ñö löñgér képt (öñlý thé ñéwéšt rûñ kéépš ît, åñd ñö rûñ åftér å dîšçöññéçt). ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems.</source>
      <translation>[!! Ñö pröblémš. ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>en</source>
      <comment>The code of this translation's language (ISO 639-1), e.g. de</comment>
      <translation>[!! éñ ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>An internal error occurred (%1). Details are in the log file.</source>
      <translation>[!! Åñ îñtérñål érrör öççûrréd (%1). Détåîlš åré îñ thé lög fîlé. ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Cannot write to the data folder %1 (%2).</source>
      <translation>[!! Çåññöt wrîté tö thé dåtå földér %1 (%2). ~~~~~~~~ ~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Logos</name>
    <message>
      <source>%1 logo</source>
      <translation>[!! %1 lögö ~ !!]</translation>
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
        <numerusform>[!! Dîšçöññéçtéd. %Ln šýñçéd ûšérš wéré rémövéd. ~~~~~~~~ ~~~ !!]</numerusform>
        <numerusform>[!! Dîšçöññéçtéd. %Ln šýñçéd ûšérš wéré rémövéd. ~~~~~~~~ ~~~ !!]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Removed the client %1 (%Ln synced users were removed).</source>
      <translation>
        <numerusform>[!! Rémövéd thé çlîéñt %1 (%Ln šýñçéd ûšérš wéré rémövéd). ~~~~~~~~ ~~~~~~~ !!]</numerusform>
        <numerusform>[!! Rémövéd thé çlîéñt %1 (%Ln šýñçéd ûšérš wéré rémövéd). ~~~~~~~~ ~~~~~~~ !!]</numerusform>
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
      <translation>[!! Thé šýñç wåš héld: révîéw thé rémövålš. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>The directory changes were saved, but the platform did not get all of them (%1). They are sent by the next sync.</source>
      <translation>[!! Thé dîréçtörý çhåñgéš wéré šåvéd, bût thé plåtförm dîd ñöt gét åll öf thém (%1). Théý åré šéñt bý thé ñéxt šýñç. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Synced: %1 added, %2 updated, %3 removed.</source>
      <translation>[!! Šýñçéd: %1 åddéd, %2 ûpdåtéd, %3 rémövéd. ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Cancelled; nothing was applied.</source>
      <translation>[!! Çåñçélléd; ñöthîñg wåš åpplîéd. ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The scheduled sync was skipped: another sync was running.</source>
      <translation>[!! Thé šçhédûléd šýñç wåš škîppéd: åñöthér šýñç wåš rûññîñg. ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>An internal error stopped this operation; details are in the log.</source>
      <translation>[!! Åñ îñtérñål érrör štöppéd thîš öpéråtîöñ; détåîlš åré îñ thé lög. ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
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
    <name>OtherDevice</name>
    <message>
      <source>Cannot use a browser on this computer?</source>
      <translation>[!! Çåññöt ûšé å bröwšér öñ thîš çömpûtér? ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Sign in on a phone or another computer instead: IdP Wizard shows a short code to enter there.</source>
      <translation>[!! Šîgñ îñ öñ å phöñé ör åñöthér çömpûtér îñštéåd: ÎdP Wîžård šhöwš å šhört çödé tö éñtér théré. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sign in on &amp;another device</source>
      <translation>[!! Šîgñ îñ öñ &amp;åñöthér dévîçé ~~~~ !!]</translation>
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
      <source>skipped</source>
      <translation>[!! škîppéd ~ !!]</translation>
    </message>
    <message>
      <source>kept as it was</source>
      <translation>[!! képt åš ît wåš ~ !!]</translation>
    </message>
    <message>
      <source>synced, with a warning</source>
      <translation>[!! šýñçéd, wîth å wårñîñg ~~ !!]</translation>
    </message>
    <message>
      <source>not provisioned</source>
      <translation>[!! ñöt prövîšîöñéd ~ !!]</translation>
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
      <source>Disconnected: the users on the platform</source>
      <translation>[!! Dîšçöññéçtéd: thé ûšérš öñ thé plåtförm ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Disconnected, keeping the users on the platform</source>
      <translation>[!! Dîšçöññéçtéd, kéépîñg thé ûšérš öñ thé plåtförm ~~~~~~~~ ~~~~ !!]</translation>
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
      <translation>[!! Thé prövîdér åškéd ûš tö šlöw döwñ; wåîtîñg… ~~~~~~~~ ~~~ !!]</translation>
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
      <translation>[!! &lt;b&gt;Ålwåýš îñçlûdéd&lt;/b&gt; (évéñ öûtšîdé thé çrîtérîå) ~~~~~~~~ ~~~~~ !!]</translation>
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
      <translation>[!! ÎdP Wîžård ñévér çhåñgéš, åddš ör délétéš åñýthîñg îñ ýöûr dîréçtörý. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>[!! &amp;Åççépt ~ !!]</translation>
    </message>
    <message>
      <source>IdP Wizard asks %1 for read-only access.</source>
      <translation>[!! ÎdP Wîžård åškš %1 för réåd-öñlý åççéšš. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Signed in as %1 to %2.</source>
      <translation>[!! Šîgñéd îñ åš %1 tö %2. ~~ !!]</translation>
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
      <translation>[!! Réåd dîréçtörý rölé åššîgñméñtš, tö çhéçk thåt ýöû åré å Glöbål Ådmîñîštråtör ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>View users, groups and org units</source>
      <translation>[!! Vîéw ûšérš, gröûpš åñd örg ûñîtš ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>See your e-mail address, to check that you are a super administrator</source>
      <translation>[!! Šéé ýöûr é-måîl åddréšš, tö çhéçk thåt ýöû åré å šûpér ådmîñîštråtör ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
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
      <translation>[!! Thé plåtförm håš ñö PÅTÇH: çhåñgéš åré šéñt åš å PÛT öf thé whölé ûšér. ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The platform has no Bulk: new users are created one request at a time.</source>
      <translation>[!! Thé plåtförm håš ñö Bûlk: ñéw ûšérš åré çréåtéd öñé réqûéšt åt å tîmé. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Groups are pushed too.</source>
      <translation>[!! Gröûpš åré pûšhéd töö. ~~ !!]</translation>
    </message>
    <message>
      <source>The platform has no groups: groups are not pushed.</source>
      <translation>[!! Thé plåtförm håš ñö gröûpš: gröûpš åré ñöt pûšhéd. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Not sent, because the platform does not declare them: %1.</source>
      <translation>[!! Ñöt šéñt, béçåûšé thé plåtförm döéš ñöt déçlåré thém: %1. ~~~~~~~~ ~~~~~~~~ !!]</translation>
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
      <translation>[!! &amp;Déåçtîvåté rémövéd émplöýééš öñ thé plåtförm îñštéåd öf délétîñg thém ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Requests &amp;at once:</source>
      <translation>[!! Réqûéštš &amp;åt öñçé: ~ !!]</translation>
    </message>
    <message>
      <source>Moving to another platform leaves the users on the old one where they are.</source>
      <translation>[!! Mövîñg tö åñöthér plåtförm léåvéš thé ûšérš öñ thé öld öñé whéré théý åré. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln users stay on the previous platform, no longer managed.</source>
      <translation>
        <numerusform>[!! %Ln ûšérš štåý öñ thé prévîöûš plåtförm, ñö löñgér måñågéd. ~~~~~~~~ ~~~~~~~~ ~ !!]</numerusform>
        <numerusform>[!! %Ln ûšérš štåý öñ thé prévîöûš plåtförm, ñö löñgér måñågéd. ~~~~~~~~ ~~~~~~~~ ~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>[!! Šåvéd. ~ !!]</translation>
    </message>
    <message>
      <source>The token typed is not saved yet: press Save platform, or clear the token to keep the platform as it is.</source>
      <translation>[!! Thé tökéñ týpéd îš ñöt šåvéd ýét: préšš Šåvé plåtförm, ör çléår thé tökéñ tö kéép thé plåtförm åš ît îš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>The platform address typed is not saved yet: press Save platform, or put back the saved address to keep the platform as it is.</source>
      <translation>[!! Thé plåtförm åddréšš týpéd îš ñöt šåvéd ýét: préšš Šåvé plåtförm, ör pût båçk thé šåvéd åddréšš tö kéép thé plåtförm åš ît îš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
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
      <translation>[!! Képt îñ thé kéýçhåîñ; týpé å ñéw tökéñ tö réplåçé ît ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Not needed: the demo platform runs inside this app</source>
      <translation>[!! Ñöt ñéédéd: thé démö plåtförm rûñš îñšîdé thîš åpp ~~~~~~~~ ~~~~~ !!]</translation>
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
      <translation>[!! Whéré thé šhåréd émplöýééš åré prövîšîöñéd (ŠÇÎM 2.0). ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Enter the platform's SCIM base URL and an API token from its admin settings. The token is kept in this computer's keychain only.</source>
      <translation>[!! Éñtér thé plåtförm'š ŠÇÎM båšé ÛRL åñd åñ ÅPÎ tökéñ fröm îtš ådmîñ šéttîñgš. Thé tökéñ îš képt îñ thîš çömpûtér'š kéýçhåîñ öñlý. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
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
      <translation>[!! Låtér: thé šhåréd émplöýééš štåý îñ thîš åpp ûñtîl å plåtförm îš šét îñ thé šéttîñgš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
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
      <translation>[!! Ñö plåtförm šét: thé %1 šhåréd émplöýééš štåý îñ thîš åpp. Šét thé plåtförm îñ thé šéttîñgš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 (the demo platform inside this app)</source>
      <translation>[!! %1 (thé démö plåtförm îñšîdé thîš åpp) ~~~~~~~~ ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%1 · %2 · %Ln users on the platform</source>
      <translation>
        <numerusform>[!! %1 · %2 · %Ln ûšérš öñ thé plåtförm ~~~~~~~ !!]</numerusform>
        <numerusform>[!! %1 · %2 · %Ln ûšérš öñ thé plåtförm ~~~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 waiting to be sent, %2 refused by the platform (retried with every sync)</source>
      <translation>[!! %1 wåîtîñg tö bé šéñt, %2 réfûšéd bý thé plåtförm (rétrîéd wîth évérý šýñç) ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>%Ln other users on the platform are not managed by this app and are never changed.</source>
      <translation>
        <numerusform>[!! %Ln öthér ûšérš öñ thé plåtförm åré ñöt måñågéd bý thîš åpp åñd åré ñévér çhåñgéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</numerusform>
        <numerusform>[!! %Ln öthér ûšérš öñ thé plåtförm åré ñöt måñågéd bý thîš åpp åñd åré ñévér çhåñgéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</numerusform>
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
      <translation>[!! Çhööšé whéré ýöûr émplöýééš åré måñågéd. ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Employees, groups and departments from your Microsoft 365 tenant.</source>
      <translation>[!! Émplöýééš, gröûpš åñd dépårtméñtš fröm ýöûr Mîçröšöft 365 téñåñt. ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Employees, groups and org units from your Google Workspace domain.</source>
      <translation>[!! Émplöýééš, gröûpš åñd örg ûñîtš fröm ýöûr Gööglé Wörkšpåçé dömåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
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
      <translation>[!! Öñlý öñé îdéñtîtý prövîdér çåñ bé çöññéçtéd åt å tîmé. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 logo</source>
      <translation>[!! %1 lögö ~ !!]</translation>
    </message>
    <message>
      <source>%1 is already connected. Disconnect it first to connect %2.</source>
      <translation>[!! %1 îš ålréådý çöññéçtéd. Dîšçöññéçt ît fîršt tö çöññéçt %2. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
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
      <translation>[!! Thé démö ñéédš ñö åpp régîštråtîöñ; théšé šéttîñgš åpplý tö thé réål pröfîlé'š šîgñ-îñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
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
      <translation>[!! Çhööšé thé döwñlöådéd ÖÅûth çlîéñt fîlé ~~~~~~~~ ~ !!]</translation>
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
      <translation>[!! Öpéñ thé Mîçröšöft Éñtrå ådmîñ çéñtér åñd gö tö Åpp régîštråtîöñš. ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Choose New registration, name it “IdP Wizard” and select “Accounts in this organizational directory only”.</source>
      <translation>[!! Çhööšé Ñéw régîštråtîöñ, ñåmé ît “ÎdP Wîžård” åñd šéléçt “Åççöûñtš îñ thîš örgåñîžåtîöñål dîréçtörý öñlý”. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Under Redirect URI choose “Public client/native” and enter http://localhost.</source>
      <translation>[!! Ûñdér Rédîréçt ÛRÎ çhööšé “Pûblîç çlîéñt/ñåtîvé” åñd éñtér http://localhost. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Under Authentication, allow public client flows.</source>
      <translation>[!! Ûñdér Åûthéñtîçåtîöñ, ållöw pûblîç çlîéñt flöwš. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Copy the Application (client) ID and enter it below.</source>
      <translation>[!! Çöpý thé Åpplîçåtîöñ (çlîéñt) ÎD åñd éñtér ît bélöw. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Download the client_secret.json file and choose it below.</source>
      <translation>[!! Döwñlöåd thé çlîéñt_šéçrét.jšöñ fîlé åñd çhööšé ît bélöw. ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Open the Google Cloud console and create or choose a project.</source>
      <translation>[!! Öpéñ thé Gööglé Çlöûd çöñšölé åñd çréåté ör çhööšé å pröjéçt. ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Under API permissions, add the delegated Microsoft Graph permissions User.Read, User.Read.All and RoleManagement.Read.Directory (and GroupMember.Read.All to choose employees by group), then choose “Grant admin consent”.</source>
      <translation>[!! Ûñdér ÅPÎ pérmîššîöñš, ådd thé délégåtéd Mîçröšöft Gråph pérmîššîöñš Ûšér.Réåd, Ûšér.Réåd.Åll åñd RöléMåñågéméñt.Réåd.Dîréçtörý (åñd GröûpMémbér.Réåd.Åll tö çhööšé émplöýééš bý gröûp), théñ çhööšé “Gråñt ådmîñ çöñšéñt”. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Enable the Admin SDK API for the project.</source>
      <translation>[!! Éñåblé thé Ådmîñ ŠDK ÅPÎ för thé pröjéçt. ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Under Credentials, create an OAuth client ID of type “Desktop app”.</source>
      <translation>[!! Ûñdér Çrédéñtîålš, çréåté åñ ÖÅûth çlîéñt ÎD öf týpé “Déšktöp åpp”. ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
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
      <translation>[!! Thé låšt šýñç wöûld rémövé %1 öf thé %2 šýñçéd ûšérš. Ñöthîñg håš bééñ rémövéd ýét. Îf théšé péöplé réållý léft ör šhöûld ñö löñgér bé šhåréd, çöñfîrm; öthérwîšé fîx thé dîréçtörý ör thé ûšér fîltérš åñd šýñç ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
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
        <numerusform>[!! %1 îš dîšçöññéçtéd fîršt: åll %Ln šýñçéd ûšérš åré pérmåñéñtlý rémövéd. Théý löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</numerusform>
        <numerusform>[!! %1 îš dîšçöññéçtéd fîršt: åll %Ln šýñçéd ûšérš åré pérmåñéñtlý rémövéd. Théý löšé åççéšš tö thé plåtförm åñd åré rémövéd fröm åll öñgöîñg tråîñîñgš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>The client's filter, sync history, audit log and settings are deleted and its sign-in is removed from the keychain. Other clients are not affected. This cannot be undone.</source>
      <translation>[!! Thé çlîéñt'š fîltér, šýñç hîštörý, åûdît lög åñd šéttîñgš åré délétéd åñd îtš šîgñ-îñ îš rémövéd fröm thé kéýçhåîñ. Öthér çlîéñtš åré ñöt åfféçtéd. Thîš çåññöt bé ûñdöñé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>I &amp;understand that %Ln synced users will be permanently removed.</source>
      <translation>
        <numerusform>[!! Î &amp;ûñdérštåñd thåt %Ln šýñçéd ûšérš wîll bé pérmåñéñtlý rémövéd. ~~~~~~~~ ~~~~~~~~ ~~~ !!]</numerusform>
        <numerusform>[!! Î &amp;ûñdérštåñd thåt %Ln šýñçéd ûšérš wîll bé pérmåñéñtlý rémövéd. ~~~~~~~~ ~~~~~~~~ ~~~ !!]</numerusform>
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
      <translation>[!! Höld å šýñç thåt rémövéš möré thåñ &amp;thîš šhåré: ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>…and more than this &amp;number of users:</source>
      <translation>[!! …åñd möré thåñ thîš &amp;ñûmbér öf ûšérš: ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>A held sync applies nothing until you review and confirm the removals.</source>
      <translation>[!! Å héld šýñç åpplîéš ñöthîñg ûñtîl ýöû révîéw åñd çöñfîrm thé rémövålš. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
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
      <translation>[!! Tåkéš éfféçt whéñ ÎdP Wîžård îš réštårtéd. ~~~~~~~~ ~~ !!]</translation>
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
      <translation>[!! Thé dîågñöštîçš fîlé höldš thé lögš, thé šýñç hîštörý åñd thé šéttîñgš, wîth é-måîl åddréššéš, ñåméš åñd tökéñš rémövéd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
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
      <source>Not saved: %1.</source>
      <translation>[!! Ñöt šåvéd: %1. ~ !!]</translation>
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
      <translation>[!! Štöp thé šýñç? Thé çöññéçtîöñ štåýš šåvéd. ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>Stop and cancel the setup? Nothing will be saved.</source>
      <translation>[!! Štöp åñd çåñçél thé šétûp? Ñöthîñg wîll bé šåvéd. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>SignInPage</name>
    <message>
      <source>Cancel sign-&amp;in</source>
      <translation>[!! Çåñçél šîgñ-&amp;îñ ~ !!]</translation>
    </message>
    <message>
      <source>Cancelling the sign-in…</source>
      <translation>[!! Çåñçéllîñg thé šîgñ-îñ… ~~~ !!]</translation>
    </message>
    <message>
      <source>Use a different app &amp;registration…</source>
      <translation>[!! Ûšé å dîfféréñt åpp &amp;régîštråtîöñ… ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>The synced users and the user filters stay as they are.</source>
      <translation>[!! Thé šýñçéd ûšérš åñd thé ûšér fîltérš štåý åš théý åré. ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Nothing is saved until you share employees: Cancel leaves nothing behind.</source>
      <translation>[!! Ñöthîñg îš šåvéd ûñtîl ýöû šhåré émplöýééš: Çåñçél léåvéš ñöthîñg béhîñd. ~~~~~~~~ ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Read-only: IdP Wizard never changes, adds or deletes anything in your directory.</source>
      <translation>[!! Réåd-öñlý: ÎdP Wîžård ñévér çhåñgéš, åddš ör délétéš åñýthîñg îñ ýöûr dîréçtörý. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Your sign-in is kept in this computer's keychain only, never in a file.</source>
      <translation>[!! Ýöûr šîgñ-îñ îš képt îñ thîš çömpûtér'š kéýçhåîñ öñlý, ñévér îñ å fîlé. ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sign in to %1</source>
      <translation>[!! Šîgñ îñ tö %1 ~ !!]</translation>
    </message>
    <message>
      <source>Sign in as an administrator so IdP Wizard can read your directory.</source>
      <translation>[!! Šîgñ îñ åš åñ ådmîñîštråtör šö ÎdP Wîžård çåñ réåd ýöûr dîréçtörý. ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Use an account with the Global Administrator role in Microsoft Entra ID.</source>
      <translation>[!! Ûšé åñ åççöûñt wîth thé Glöbål Ådmîñîštråtör rölé îñ Mîçröšöft Éñtrå ÎD. ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sign in with Microsoft</source>
      <translation>[!! Šîgñ îñ wîth Mîçröšöft ~~ !!]</translation>
    </message>
    <message>
      <source>Use a Google Workspace super administrator account.</source>
      <translation>[!! Ûšé å Gööglé Wörkšpåçé šûpér ådmîñîštråtör åççöûñt. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Sign in with Google</source>
      <translation>[!! Šîgñ îñ wîth Gööglé ~ !!]</translation>
    </message>
    <message>
      <source>Demo mode: the sign-in is simulated. No browser opens and nothing leaves this computer.</source>
      <translation>[!! Démö mödé: thé šîgñ-îñ îš šîmûlåtéd. Ñö bröwšér öpéñš åñd ñöthîñg léåvéš thîš çömpûtér. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Your web browser opens for the sign-in. Come back here when it says you can close it.</source>
      <translation>[!! Ýöûr wéb bröwšér öpéñš för thé šîgñ-îñ. Çömé båçk héré whéñ ît šåýš ýöû çåñ çlöšé ît. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Waiting for you to finish signing in in your browser…</source>
      <translation>[!! Wåîtîñg för ýöû tö fîñîšh šîgñîñg îñ îñ ýöûr bröwšér… ~~~~~~~~ ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Signing in to the demo tenant…</source>
      <translation>[!! Šîgñîñg îñ tö thé démö téñåñt… ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Preparing a code to sign in on another device…</source>
      <translation>[!! Prépårîñg å çödé tö šîgñ îñ öñ åñöthér dévîçé… ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Waiting for you to enter the code and sign in on the other device…</source>
      <translation>[!! Wåîtîñg för ýöû tö éñtér thé çödé åñd šîgñ îñ öñ thé öthér dévîçé… ~~~~~~~~ ~~~~~~~~ ~~~~ !!]</translation>
    </message>
    <message>
      <source>Sign-in cancelled. You can sign in again.</source>
      <translation>[!! Šîgñ-îñ çåñçélléd. Ýöû çåñ šîgñ îñ ågåîñ. ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>IdP Wizard has no app registration for this provider yet. Register one as described below, then enter it and sign in again.</source>
      <translation>[!! ÎdP Wîžård håš ñö åpp régîštråtîöñ för thîš prövîdér ýét. Régîštér öñé åš déšçrîbéd bélöw, théñ éñtér ît åñd šîgñ îñ ågåîñ. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>StepMap</name>
    <message>
      <source>Employee filtering: Completed</source>
      <translation>[!! Émplöýéé fîltérîñg: Çömplétéd ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Identity provider</source>
      <translation>[!! Îdéñtîtý prövîdér ~ !!]</translation>
    </message>
    <message>
      <source>User data</source>
      <translation>[!! Ûšér dåtå ~ !!]</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>[!! Šîgñ îñ ~ !!]</translation>
    </message>
    <message>
      <source>Permissions</source>
      <translation>[!! Pérmîššîöñš ~ !!]</translation>
    </message>
    <message>
      <source>Employee filtering</source>
      <translation>[!! Émplöýéé fîltérîñg ~ !!]</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>[!! Plåtförm ~ !!]</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>[!! Fîñîšh ~ !!]</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>[!! Štépš ~ !!]</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>[!! çömplétéd ~ !!]</translation>
    </message>
    <message>
      <source>current step</source>
      <translation>[!! çûrréñt štép ~ !!]</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>[!! ñöt štårtéd ~ !!]</translation>
    </message>
    <message>
      <source>Step %1 of %2: %3 (%4)</source>
      <translation>[!! Štép %1 öf %2: %3 (%4) ~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <source>The scheduled sync was skipped: the connection needs reauthorization.</source>
      <translation>[!! Thé šçhédûléd šýñç wåš škîppéd: thé çöññéçtîöñ ñéédš réåûthörîžåtîöñ. ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <source>No identity provider is connected.</source>
      <translation>[!! Ñö îdéñtîtý prövîdér îš çöññéçtéd. ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>[!! %1: %2 ~ !!]</translation>
    </message>
    <message>
      <source>+%1 ~%2 -%3</source>
      <translation>[!! +%1 ~%2 -%3 ~ !!]</translation>
    </message>
    <message>
      <source>Last sync %1: %2 (%3)</source>
      <translation>[!! Låšt šýñç %1: %2 (%3) ~~ !!]</translation>
    </message>
    <message>
      <source>Sync held</source>
      <translation>[!! Šýñç héld ~ !!]</translation>
    </message>
    <message>
      <source>A sync would remove many users; nothing was applied. Open IdP Wizard to review the removals.</source>
      <translation>[!! Å šýñç wöûld rémövé måñý ûšérš; ñöthîñg wåš åpplîéd. Öpéñ ÎdP Wîžård tö révîéw thé rémövålš. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Reauthorization needed</source>
      <translation>[!! Réåûthörîžåtîöñ ñéédéd ~~ !!]</translation>
    </message>
    <message>
      <source>The connection to %1 needs to be reauthorized; scheduled syncs are paused and the synced users are kept.</source>
      <translation>[!! Thé çöññéçtîöñ tö %1 ñéédš tö bé réåûthörîžéd; šçhédûléd šýñçš åré påûšéd åñd thé šýñçéd ûšérš åré képt. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Scheduled sync failed</source>
      <translation>[!! Šçhédûléd šýñç fåîléd ~~ !!]</translation>
    </message>
    <message>
      <source>Nothing was changed: %1 The synced users are kept.</source>
      <translation>[!! Ñöthîñg wåš çhåñgéd: %1 Thé šýñçéd ûšérš åré képt. ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Platform not up to date</source>
      <translation>[!! Plåtförm ñöt ûp tö dåté ~~~ !!]</translation>
    </message>
    <message>
      <source>The sync was saved, but the platform does not hold all of it yet: %1</source>
      <translation>[!! Thé šýñç wåš šåvéd, bût thé plåtförm döéš ñöt höld åll öf ît ýét: %1 ~~~~~~~~ ~~~~~~~~ ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Last sync %1: %2</source>
      <translation>[!! Låšt šýñç %1: %2 ~ !!]</translation>
    </message>
    <message>
      <source>Scheduled sync of %1 failed</source>
      <translation>[!! Šçhédûléd šýñç öf %1 fåîléd ~~~~ !!]</translation>
    </message>
    <message>
      <source>Sync of %1 held</source>
      <translation>[!! Šýñç öf %1 héld ~ !!]</translation>
    </message>
    <message>
      <source>Platform of %1 not up to date</source>
      <translation>[!! Plåtförm öf %1 ñöt ûp tö dåté ~~~~~ !!]</translation>
    </message>
    <message>
      <source>Open IdP Wizard</source>
      <translation>[!! Öpéñ ÎdP Wîžård ~ !!]</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>[!! Qûît ~ !!]</translation>
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
      <translation>[!! Çöméš fröm thé îdéñtîtý prövîdér; ît çåññöt bé çhåñgéd héré ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>Warning from the last sync: %1</source>
      <translation>[!! Wårñîñg fröm thé låšt šýñç: %1 ~~~~~ !!]</translation>
    </message>
  </context>
  <context>
    <name>UsersView</name>
    <message>
      <source>Name, e-mail or department</source>
      <translation>[!! Ñåmé, é-måîl ör dépårtméñt ~~~~ !!]</translation>
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
      <translation>[!! Šhöw öñlý thé ûšérš thé plåtförm réfûšéd, wîth thé réåšöñ ~~~~~~~~ ~~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Synced users</source>
      <translation>[!! Šýñçéd ûšérš ~ !!]</translation>
    </message>
    <message>
      <source>C&amp;lear the search</source>
      <translation>[!! Ç&amp;léår thé šéårçh ~ !!]</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>[!! Löådîñg… ~ !!]</translation>
    </message>
    <message numerus="yes">
      <source>Loading %Ln synced users…</source>
      <translation>
        <numerusform>[!! Löådîñg %Ln šýñçéd ûšérš… ~~~ !!]</numerusform>
        <numerusform>[!! Löådîñg %Ln šýñçéd ûšérš… ~~~ !!]</numerusform>
      </translation>
    </message>
    <message>
      <source>The list appears here in a moment; everything else in this window works meanwhile.</source>
      <translation>[!! Thé lîšt åppéårš héré îñ å möméñt; évérýthîñg élšé îñ thîš wîñdöw wörkš méåñwhîlé. ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~ !!]</translation>
    </message>
    <message>
      <source>The synced users could not be read</source>
      <translation>[!! Thé šýñçéd ûšérš çöûld ñöt bé réåd ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>%1 They are read again after the next sync.</source>
      <translation>[!! %1 Théý åré réåd ågåîñ åftér thé ñéxt šýñç. ~~~~~~~~ ~~~ !!]</translation>
    </message>
    <message>
      <source>Sorting…</source>
      <translation>[!! Šörtîñg… ~ !!]</translation>
    </message>
    <message>
      <source>Search unavailable</source>
      <translation>[!! Šéårçh ûñåvåîlåblé ~ !!]</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>[!! Šéårçhîñg… ~ !!]</translation>
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
    <message>
      <source>%1 (not up to date)</source>
      <translation>[!! %1 (ñöt ûp tö dåté) ~ !!]</translation>
    </message>
    <message>
      <source>No synced users yet</source>
      <translation>[!! Ñö šýñçéd ûšérš ýét ~ !!]</translation>
    </message>
    <message>
      <source>The shared employees are listed here after the first sync.</source>
      <translation>[!! Thé šhåréd émplöýééš åré lîštéd héré åftér thé fîršt šýñç. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>No users match “%1”</source>
      <translation>[!! Ñö ûšérš måtçh “%1” ~ !!]</translation>
    </message>
    <message>
      <source>Search by part of a name, an e-mail address or a department.</source>
      <translation>[!! Šéårçh bý pårt öf å ñåmé, åñ é-måîl åddréšš ör å dépårtméñt. ~~~~~~~~ ~~~~~~~~ ~ !!]</translation>
    </message>
    <message>
      <source>No user was refused by the platform</source>
      <translation>[!! Ñö ûšér wåš réfûšéd bý thé plåtförm ~~~~~~~ !!]</translation>
    </message>
    <message>
      <source>Every synced user the platform received is provisioned.</source>
      <translation>[!! Évérý šýñçéd ûšér thé plåtförm réçéîvéd îš prövîšîöñéd. ~~~~~~~~ ~~~~~~~ !!]</translation>
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
      <translation>[!! Thé šétûp wîžård îš mîššîñg fröm thîš îñštållåtîöñ. ~~~~~~~~ ~~~~~~ !!]</translation>
    </message>
  </context>
</TS>
