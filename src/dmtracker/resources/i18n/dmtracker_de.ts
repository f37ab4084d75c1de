<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AppSession</name>
        <message>
            <source>dmtracker cannot open your data</source>
            <extracomment>Errors of the storage layer that mean "this diary cannot be opened" (a newer schema, a failed migration): said in a message box, not a crash. The user's own data folder (the demo profile lives in its ``demo`` subfolder). The diaries (profiles) under the base folder.</extracomment>
            <translation>dmtracker kann Ihre Daten nicht öffnen</translation>
        </message>
        <message>
            <source>Diary removed</source>
            <extracomment>called with the new folder after File ▸ Switch diary (app.py: the raise watcher)</extracomment>
            <translation>Tagebuch entfernt</translation>
        </message>
        <message>
            <source>The diary {name} was removed. A copy of it is kept in {file}.</source>
            <translation>Das Tagebuch {name} wurde entfernt. Eine Kopie davon liegt in {file}.</translation>
        </message>
        <message>
            <source>A child's diary?</source>
            <translation>Ein Tagebuch für ein Kind?</translation>
        </message>
        <message>
            <source>The birth year {year} says this diary is for someone under 18. Mark it as a child's diary (juvenile dermatomyositis)? It then uses the JDM measures and thresholds.</source>
            <translation>Laut Geburtsjahr {year} ist dieses Tagebuch für eine Person unter 18. Als Tagebuch für ein Kind (juvenile Dermatomyositis) kennzeichnen? Dann gelten die JDM-Messgrößen und -Schwellen.</translation>
        </message>
        <message>
            <source>Diary open already</source>
            <translation>Tagebuch schon geöffnet</translation>
        </message>
        <message>
            <source>The diary {name} is open in another dmtracker window; that window was brought forward.</source>
            <translation>Das Tagebuch {name} ist in einem anderen dmtracker-Fenster geöffnet; dieses Fenster wurde nach vorn geholt.</translation>
        </message>
    </context>
    <context>
        <name>BackupCopies</name>
        <message>
            <source>the folder {folder} is not there (is the drive connected?)</source>
            <translation>der Ordner {folder} ist nicht da (ist das Laufwerk angeschlossen?)</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} ist kein Ordner</translation>
        </message>
        <message>
            <source>the folder {folder} cannot be written</source>
            <translation>in den Ordner {folder} kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>copying to {folder} failed: {reason}</source>
            <translation>das Kopieren nach {folder} ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>must be a full path, like /media/usb/backups</source>
            <extracomment>the last failure's reason as a translatable text (the stored one is English)</extracomment>
            <translation>muss ein vollständiger Pfad sein, etwa /media/usb/backups</translation>
        </message>
        <message>
            <source>the folder {folder} is not there</source>
            <translation>den Ordner {folder} gibt es nicht</translation>
        </message>
        <message>
            <source>must be outside the diary's own folder {folder} (a copy there is lost with it)</source>
            <translation>muss außerhalb des Tagebuchordners {folder} liegen (eine Kopie dort ginge mit ihm verloren)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>{file} is a folder, not a backup file</source>
            <translation>{file} ist ein Ordner, keine Sicherungskopie</translation>
        </message>
        <message>
            <source>{file} does not exist</source>
            <translation>{file} gibt es nicht</translation>
        </message>
        <message>
            <source>{name} is a JSON export: bring it in with 'import' (into an empty diary)</source>
            <translation>{name} ist ein JSON-Export: Holen Sie ihn mit „import“ herein (in ein leeres Tagebuch)</translation>
        </message>
        <message>
            <source>{name} is encrypted (or damaged) and does not open with this diary's passphrase: restore it into the diary it came from, or unlock that diary first</source>
            <translation>{name} ist verschlüsselt (oder beschädigt) und lässt sich mit der Passphrase dieses Tagebuchs nicht öffnen: Stellen Sie sie in dem Tagebuch wieder her, aus dem sie stammt, oder entsperren Sie zuerst jenes Tagebuch</translation>
        </message>
        <message>
            <source>{name} is damaged ({problem})</source>
            <translation>{name} ist beschädigt ({problem})</translation>
        </message>
        <message>
            <source>{name} is empty, not a dmtracker database</source>
            <translation>{name} ist leer, keine dmtracker-Datenbank</translation>
        </message>
        <message>
            <source>{name} was made by a newer dmtracker (schema {revision}); install the newer version to restore it</source>
            <translation>{name} wurde von einem neueren dmtracker erstellt (Schema {revision}); installieren Sie die neuere Version, um sie wiederherzustellen</translation>
        </message>
        <message>
            <source>{table} {key} {id} cannot be read ({error})</source>
            <translation>{table} {key} {id} lässt sich nicht lesen ({error})</translation>
        </message>
        <message>
            <source>the database file is missing</source>
            <translation>die Datenbankdatei fehlt</translation>
        </message>
        <message>
            <source>the database file is empty (0 bytes)</source>
            <translation>die Datenbankdatei ist leer (0 Byte)</translation>
        </message>
    </context>
    <context>
        <name>BackupsCard</name>
        <message>
            <source>Automatic (daily)</source>
            <translation>Automatisch (täglich)</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Von Ihnen erstellt</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Vor einem Update</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungskopien</translation>
        </message>
        <message>
            <source>dmtracker copies your database once a day and keeps the last 14 copies. Copies never leave this computer unless you move them.</source>
            <translation>dmtracker kopiert Ihre Datenbank einmal am Tag und behält die letzten 14 Kopien. Die Kopien verlassen diesen Computer nie, außer Sie verschieben sie selbst.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Jetzt sichern</translation>
        </message>
        <message>
            <source>Back up to a fi&amp;le…</source>
            <translation>In eine Da&amp;tei sichern…</translation>
        </message>
        <message>
            <source>&amp;Check the database</source>
            <translation>Datenbank übe&amp;rprüfen</translation>
        </message>
        <message>
            <source>Taken</source>
            <comment>when a backup was made</comment>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>of backup</comment>
            <translation>Art</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Re&amp;store the selected backup…</source>
            <translation>Gewählte Sicherungskopie &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Go back to the chosen copy. The diary as it is now is kept as a backup first.</source>
            <translation>Zur gewählten Kopie zurückkehren. Das Tagebuch, wie es jetzt ist, wird vorher als Sicherungskopie aufbewahrt.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sicherungskopie erstellt</translation>
        </message>
        <message>
            <source>A copy of your data was saved to
{path}</source>
            <translation>Eine Kopie Ihrer Daten wurde gespeichert unter
{path}</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sicherungskopie</translation>
        </message>
        <message>
            <source>Making a backup of your diary…</source>
            <translation>Sicherungskopie Ihres Tagebuchs wird erstellt…</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translation>Sicherungskopie nicht erstellt</translation>
        </message>
        <message>
            <source>Back up to a file</source>
            <translation>In eine Datei sichern</translation>
        </message>
        <message>
            <source>dmtracker backups (*.sqlite3)</source>
            <translation>dmtracker-Sicherungskopien (*.sqlite3)</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Backup not written</source>
            <translation>Sicherungskopie nicht geschrieben</translation>
        </message>
        <message>
            <source>Writing a backup to {file}…</source>
            <translation>Sicherungskopie wird in {file} geschrieben…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Sicherungskopie auswählen</translation>
        </message>
        <message>
            <source>Select a backup in the table first, then restore it.</source>
            <translation>Wählen Sie zuerst eine Sicherungskopie in der Tabelle aus und stellen Sie sie dann wieder her.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Diese Sicherungskopie wiederherstellen?</translation>
        </message>
        <message>
            <source>Your diary will go back to the copy of {when} ({kind}).

Anything entered after that copy will no longer be in the diary. Before restoring, dmtracker keeps your diary as it is now in a new backup ("{before_restore}"), so you can come back to it.

Restore now?</source>
            <translation>Ihr Tagebuch kehrt zur Kopie vom {when} zurück ({kind}).

Alles, was nach dieser Kopie eingetragen wurde, ist dann nicht mehr im Tagebuch. Vor dem Wiederherstellen bewahrt dmtracker Ihr Tagebuch, wie es jetzt ist, in einer neuen Sicherungskopie auf („{before_restore}“), damit Sie dorthin zurückkehren können.

Jetzt wiederherstellen?</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sicherungskopie wiederhergestellt</translation>
        </message>
        <message>
            <source>Your diary is now the copy of {when}.

The diary as it was before is kept in
{path}</source>
            <translation>Ihr Tagebuch ist jetzt die Kopie vom {when}.

Das Tagebuch, wie es vorher war, ist aufbewahrt in
{path}</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
        <message>
            <source>Your diary was not changed.</source>
            <translation>Ihr Tagebuch wurde nicht verändert.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Restoring the copy of {when}…</source>
            <translation>Die Kopie vom {when} wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>Database check</source>
            <translation>Datenbankprüfung</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>Datenbank wird geprüft…</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Problem mit der Datenbank</translation>
        </message>
        <message>
            <source>none yet</source>
            <comment>no backup yet</comment>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>Database checked</source>
            <translation>Datenbank geprüft</translation>
        </message>
        <message>
            <source>The database is sound.
Newest good backup: {when}</source>
            <translation>Die Datenbank ist in Ordnung.
Neueste gute Sicherungskopie: {when}</translation>
        </message>
        <message>
            <source>The database schema is not the one this app expects.</source>
            <translation>Der Aufbau der Datenbank ist nicht der, den diese App erwartet.</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>Zweiter Ordner für Sicherungskopien</translation>
        </message>
        <message>
            <source>Choose a folder on another disk, a USB drive or a synced folder (Syncthing, Nextcloud): each day's backup is copied there too, with your photos. An encrypted diary's copies stay encrypted.</source>
            <translation>Wählen Sie einen Ordner auf einer anderen Festplatte, einem USB-Stick oder einen synchronisierten Ordner (Syncthing, Nextcloud): Die tägliche Sicherungskopie wird auch dorthin kopiert, mit Ihren Fotos. Die Kopien eines verschlüsselten Tagebuchs bleiben verschlüsselt.</translation>
        </message>
        <message>
            <source>Se&amp;nd copies to a folder…</source>
            <translation>Ordner a&amp;uswählen…</translation>
        </message>
        <message>
            <source>T&amp;urn off</source>
            <translation>Abs&amp;chalten</translation>
        </message>
        <message>
            <source>&amp;Keep the last</source>
            <translation>&amp;Behalten: die letzten</translation>
        </message>
        <message>
            <source> copies</source>
            <translation> Kopien</translation>
        </message>
        <message>
            <source>Copies kept in the folder</source>
            <translation>Im Ordner behaltene Kopien</translation>
        </message>
        <message>
            <source>Cop&amp;y now</source>
            <translation>Kopie jetzt erste&amp;llen</translation>
        </message>
        <message>
            <source>&amp;Which backups to list:</source>
            <translation>&amp;Quelle der Liste:</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>dieser Computer</translation>
        </message>
        <message>
            <source>the second folder</source>
            <translation>der zweite Ordner</translation>
        </message>
        <message>
            <source>Second backup folder: {folder}</source>
            <translation>Zweiter Ordner für Sicherungskopien: {folder}</translation>
        </message>
        <message>
            <source>Second backup folder: none chosen (off)</source>
            <translation>Zweiter Ordner für Sicherungskopien: keiner gewählt (aus)</translation>
        </message>
        <message>
            <source>Last copy: {when} ✓</source>
            <translation>Letzte Kopie: {when} ✓</translation>
        </message>
        <message>
            <source>The last attempt failed: {reason}</source>
            <translation>Der letzte Versuch ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>⚠ Warning: no copy has been made yet</source>
            <translation>⚠ Warnung: Es wurde noch keine Kopie erstellt</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Warning: no copy for %n day(s)</source>
            <translation>
                <numerusform>⚠ Warnung: seit %n Tag keine Kopie</numerusform>
                <numerusform>⚠ Warnung: seit %n Tagen keine Kopie</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the second backup folder</source>
            <translation>Zweiten Ordner für Sicherungskopien wählen</translation>
        </message>
        <message>
            <source>Folder not chosen</source>
            <translation>Ordner nicht gewählt</translation>
        </message>
        <message>
            <source>Copy made</source>
            <translation>Kopie erstellt</translation>
        </message>
        <message>
            <source>No copy made</source>
            <translation>Keine Kopie erstellt</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopie</translation>
        </message>
        <message>
            <source>Copying the newest backup to the second folder…</source>
            <translation>Die neueste Sicherungskopie wird in den zweiten Ordner kopiert…</translation>
        </message>
    </context>
    <context>
        <name>BodySurface</name>
        <message>
            <source>must be a number from {low} to {high} {unit}</source>
            <translation>muss eine Zahl von {low} bis {high} {unit} sein</translation>
        </message>
        <message>
            <source>{dose} mg/m² a week (body surface {bsa} m²): higher than the usual {usual}–{top} mg/m² for children. Check the dose with your clinic.</source>
            <translation>{dose} mg/m² pro Woche (Körperoberfläche {bsa} m²): höher als die für Kinder üblichen {usual}–{top} mg/m². Bitte klären Sie die Dosis mit Ihrer Klinik.</translation>
        </message>
        <message>
            <source>{dose} mg/m² a week (body surface {bsa} m²; commonly {usual} mg/m² in JDM)</source>
            <translation>{dose} mg/m² pro Woche (Körperoberfläche {bsa} m²; bei juveniler Dermatomyositis meist {usual} mg/m²)</translation>
        </message>
    </context>
    <context>
        <name>CHAQ</name>
        <message>
            <source>item {item} does not exist (the CHAQ has items 1 to 30)</source>
            <translation>Frage {item} gibt es nicht (der CHAQ hat die Fragen 1 bis 30)</translation>
        </message>
        <message>
            <source>the answer must be 0 to 3 or not applicable, got {value}</source>
            <translation>die Antwort muss 0 bis 3 oder „trifft nicht zu“ sein, nicht {value}</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to {top} mm</source>
            <translation>muss eine ganze Zahl von 0 bis {top} mm sein</translation>
        </message>
        <message>
            <source>{name} is not a CHAQ category</source>
            <translation>{name} ist kein Bereich des CHAQ</translation>
        </message>
    </context>
    <context>
        <name>CMAS</name>
        <message>
            <source>Unable</source>
            <translation>Nicht möglich</translation>
        </message>
        <message>
            <source>1–9 seconds</source>
            <translation>1–9 Sekunden</translation>
        </message>
        <message>
            <source>10–29 seconds</source>
            <translation>10–29 Sekunden</translation>
        </message>
        <message>
            <source>30–59 seconds</source>
            <translation>30–59 Sekunden</translation>
        </message>
        <message>
            <source>60–119 seconds</source>
            <translation>60–119 Sekunden</translation>
        </message>
        <message>
            <source>2 minutes or more</source>
            <translation>2 Minuten oder länger</translation>
        </message>
        <message>
            <source>60 seconds or more</source>
            <translation>60 Sekunden oder länger</translation>
        </message>
        <message>
            <source>Unable, even with help from a chair</source>
            <translation>Nicht möglich, auch nicht mit Hilfe eines Stuhls</translation>
        </message>
        <message>
            <source>Much difficulty; needs a chair or other support</source>
            <translation>Große Mühe; braucht einen Stuhl oder andere Stütze</translation>
        </message>
        <message>
            <source>Moderate difficulty; uses hands or legs to push</source>
            <translation>Mäßige Mühe; stützt sich mit Händen oder Beinen ab</translation>
        </message>
        <message>
            <source>Some difficulty; slow or awkward, no help needed</source>
            <translation>Etwas Mühe; langsam oder ungeschickt, ohne Hilfe</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>Ohne Mühe</translation>
        </message>
        <message>
            <source>1. Head elevation (neck flexion, lying on the back)</source>
            <translation>1. Kopf heben (in Rückenlage)</translation>
        </message>
        <message>
            <source>2. Leg raise / touch object</source>
            <translation>2. Bein heben / Gegenstand berühren</translation>
        </message>
        <message>
            <source>Cannot lift the leg off the table</source>
            <translation>Kann das Bein nicht von der Liege heben</translation>
        </message>
        <message>
            <source>Lifts the leg clear of the table but cannot touch the object</source>
            <translation>Hebt das Bein von der Liege, erreicht den Gegenstand aber nicht</translation>
        </message>
        <message>
            <source>Lifts the leg high enough to touch the object</source>
            <translation>Hebt das Bein hoch genug, um den Gegenstand zu berühren</translation>
        </message>
        <message>
            <source>3. Straight leg lift (duration)</source>
            <translation>3. Gestrecktes Bein halten (Dauer)</translation>
        </message>
        <message>
            <source>4. Turning from the back onto the tummy</source>
            <translation>4. Vom Rücken auf den Bauch drehen</translation>
        </message>
        <message>
            <source>Unable; hardly turns onto the side</source>
            <translation>Nicht möglich; dreht sich kaum auf die Seite</translation>
        </message>
        <message>
            <source>Turns onto the side but cannot free the arms fully</source>
            <translation>Dreht sich auf die Seite, bekommt die Arme aber nicht ganz frei</translation>
        </message>
        <message>
            <source>Turns over and frees the arms with some difficulty</source>
            <translation>Dreht sich um und bekommt die Arme mit etwas Mühe frei</translation>
        </message>
        <message>
            <source>Turns over easily, arms free without difficulty</source>
            <translation>Dreht sich leicht um, Arme ohne Mühe frei</translation>
        </message>
        <message>
            <source>5. Sit-ups (one point for each of the six kinds done)</source>
            <translation>5. Aufsetzen aus dem Liegen (ein Punkt für jede der sechs Arten)</translation>
        </message>
        <message numerus="yes">
            <source>%n kind(s) of sit-up done</source>
            <translation>
                <numerusform>%n Art geschafft</numerusform>
                <numerusform>%n Arten geschafft</numerusform>
            </translation>
        </message>
        <message>
            <source>6. Lying on the back to sitting</source>
            <translation>6. Aus der Rückenlage zum Sitzen</translation>
        </message>
        <message>
            <source>Unable by self</source>
            <translation>Allein nicht möglich</translation>
        </message>
        <message>
            <source>Much difficulty; very slow, barely makes it</source>
            <translation>Große Mühe; sehr langsam, schafft es kaum</translation>
        </message>
        <message>
            <source>Some difficulty; somewhat slow</source>
            <translation>Etwas Mühe; etwas langsam</translation>
        </message>
        <message>
            <source>7. Arm raise / straighten</source>
            <translation>7. Arme heben / strecken</translation>
        </message>
        <message>
            <source>Cannot raise the wrists</source>
            <translation>Kann die Handgelenke nicht heben</translation>
        </message>
        <message>
            <source>Raises the wrists to shoulder level, not above the head</source>
            <translation>Hebt die Handgelenke bis Schulterhöhe, nicht über den Kopf</translation>
        </message>
        <message>
            <source>Raises the wrists above the head, elbows not straight</source>
            <translation>Hebt die Handgelenke über den Kopf, Ellbogen nicht gestreckt</translation>
        </message>
        <message>
            <source>Raises the wrists above the head with straight elbows</source>
            <translation>Hebt die Handgelenke mit gestreckten Ellbogen über den Kopf</translation>
        </message>
        <message>
            <source>8. Arm raise (duration, wrists above the head)</source>
            <translation>8. Arme oben halten (Dauer, Handgelenke über dem Kopf)</translation>
        </message>
        <message>
            <source>9. Standing to sitting on the floor</source>
            <translation>9. Vom Stehen zum Sitzen auf dem Boden</translation>
        </message>
        <message>
            <source>10. All-fours manoeuvre</source>
            <translation>10. Vierfüßlerstand</translation>
        </message>
        <message>
            <source>Cannot get onto all fours</source>
            <translation>Kommt nicht in den Vierfüßlerstand</translation>
        </message>
        <message>
            <source>Barely gets onto all fours and holds it</source>
            <translation>Kommt mit Mühe in den Vierfüßlerstand und hält ihn</translation>
        </message>
        <message>
            <source>Holds all fours, back straight and head up, cannot crawl</source>
            <translation>Hält den Vierfüßlerstand mit geradem Rücken und erhobenem Kopf, kann nicht krabbeln</translation>
        </message>
        <message>
            <source>Crawls forward on all fours</source>
            <translation>Krabbelt auf allen vieren vorwärts</translation>
        </message>
        <message>
            <source>Crawls and can lift a leg straight out behind</source>
            <translation>Krabbelt und kann ein Bein gestreckt nach hinten heben</translation>
        </message>
        <message>
            <source>11. Kneeling on the floor to standing</source>
            <translation>11. Vom Knien auf dem Boden zum Stehen</translation>
        </message>
        <message>
            <source>12. Rising from a chair</source>
            <translation>12. Vom Stuhl aufstehen</translation>
        </message>
        <message>
            <source>13. Stepping onto a stool</source>
            <translation>13. Auf einen Hocker steigen</translation>
        </message>
        <message>
            <source>Much difficulty; needs to hold on</source>
            <translation>Große Mühe; muss sich festhalten</translation>
        </message>
        <message>
            <source>Some difficulty; steps up without holding on</source>
            <translation>Etwas Mühe; steigt ohne Festhalten hinauf</translation>
        </message>
        <message>
            <source>14. Picking an object up from the floor</source>
            <translation>14. Einen Gegenstand vom Boden aufheben</translation>
        </message>
        <message>
            <source>Much difficulty; needs to hold on or kneel</source>
            <translation>Große Mühe; muss sich festhalten oder knien</translation>
        </message>
        <message>
            <source>seconds must be between 0 and {top}</source>
            <translation>die Sekunden müssen zwischen 0 und {top} liegen</translation>
        </message>
        <message>
            <source>is not a CMAS item</source>
            <translation>ist keine Aufgabe des CMAS</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to {top}</source>
            <translation>muss eine ganze Zahl von 0 bis {top} sein</translation>
        </message>
        <message>
            <source>must be from 0 to {top} for this item</source>
            <translation>muss bei dieser Aufgabe zwischen 0 und {top} liegen</translation>
        </message>
    </context>
    <context>
        <name>ChaqDialog</name>
        <message>
            <source>No validated {language} translation of the CHAQ is included in dmtracker, so its questions are shown in the English original. Your clinic may give you its validated version.</source>
            <translation>dmtracker enthält keine validierte Übersetzung des CHAQ auf {language}. Deshalb werden die Fragen im englischen Original gezeigt. Ihre Klinik oder Praxis kann Ihnen die validierte Fassung geben.</translation>
        </message>
        <message>
            <source>Wording: the published English CHAQ (Singh G, Athreya BH, Fries JF, Goldsmith DP, Arthritis Rheum 1994;37:1761–1769), included for non-commercial personal use. The validated translations (PRINTO) are not included.</source>
            <translation>Wortlaut: der veröffentlichte englische CHAQ (Singh G, Athreya BH, Fries JF, Goldsmith DP, Arthritis Rheum 1994;37:1761–1769), enthalten für den nichtkommerziellen persönlichen Gebrauch. Die validierten Übersetzungen (PRINTO) sind nicht enthalten.</translation>
        </message>
        <message>
            <source>Edit CHAQ answers</source>
            <translation>CHAQ-Antworten bearbeiten</translation>
        </message>
        <message>
            <source>CHAQ questionnaire</source>
            <translation>CHAQ-Fragebogen</translation>
        </message>
        <message>
            <source>&amp;Date answered</source>
            <translation>&amp;Datum der Antworten</translation>
        </message>
        <message>
            <source>Answered &amp;by</source>
            <translation>Beantwortet &amp;von</translation>
        </message>
        <message>
            <source>Tab moves to the next question; the arrow keys or 0–3 choose an answer, N chooses “Not applicable”; Delete clears it.</source>
            <translation>Die Tabulatortaste geht zur nächsten Frage; die Pfeiltasten oder 0–3 wählen eine Antwort, N wählt „Not applicable“ (trifft nicht zu); Entf löscht sie.</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Aids or help needed</source>
            <translation>Hilfsmittel oder Hilfe nötig</translation>
        </message>
        <message>
            <source>Uses aids or devices, or needs help from another person</source>
            <translation>Braucht Hilfsmittel oder Geräte oder Hilfe von einer anderen Person</translation>
        </message>
        <message>
            <source>Aids or help for {category}</source>
            <translation>Hilfsmittel oder Hilfe bei {category}</translation>
        </message>
        <message>
            <source>&amp;Pain in the past week</source>
            <translation>Sch&amp;merzen in der letzten Woche</translation>
        </message>
        <message>
            <source>Over&amp;all well-being in the past week</source>
            <translation>&amp;Allgemeinbefinden in der letzten Woche</translation>
        </message>
        <message>
            <source>0 mm = no pain / very well, 100 mm = very severe</source>
            <translation>0 mm = keine Schmerzen / sehr gut, 100 mm = sehr stark</translation>
        </message>
        <message>
            <source>CHAQ score</source>
            <translation>CHAQ-Wert</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht beantwortet</translation>
        </message>
        <message>
            <source> mm</source>
            <comment>unit after the number of millimetres</comment>
            <translation> mm</translation>
        </message>
        <message>
            <source>Item {number}, {question} {answer}</source>
            <translation>Frage {number}, {question} {answer}</translation>
        </message>
        <message>
            <source>CHAQ: not scored yet – it needs answers in at least {least} of the 8 categories ({answered} so far).</source>
            <translation>CHAQ: noch nicht berechnet – dafür sind Antworten in mindestens {least} der 8 Kategorien nötig (bisher {answered}).</translation>
        </message>
        <message>
            <source>CHAQ {score} of 3 (computed by the app; {answered} of 8 categories)</source>
            <translation>CHAQ {score} von 3 (von der App berechnet; {answered} von 8 Kategorien)</translation>
        </message>
        <message>
            <source>answer at least one question</source>
            <translation>bitte mindestens eine Frage beantworten</translation>
        </message>
    </context>
    <context>
        <name>ChartExport</name>
        <message>
            <source>dmtracker chart</source>
            <translation>dmtracker-Diagramm</translation>
        </message>
        <message>
            <source>Generated by dmtracker from patient-entered data</source>
            <translation>Von dmtracker aus Angaben der Patientin / des Patienten erstellt</translation>
        </message>
        <message>
            <source>could not write {path}</source>
            <translation>{path} konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Width in pixels</source>
            <translation>Breite in Pixeln</translation>
        </message>
        <message>
            <source>Height in pixels</source>
            <translation>Höhe in Pixeln</translation>
        </message>
        <message>
            <source>&amp;Width:</source>
            <translation>&amp;Breite:</translation>
        </message>
        <message>
            <source>&amp;Height:</source>
            <translation>&amp;Höhe:</translation>
        </message>
        <message>
            <source>The image shows every plot of the timeline with its dates; it is made taller than this when they do not fit.</source>
            <translation>Das Bild zeigt jedes Diagramm des Zeitverlaufs mit seinen Daten; passen sie nicht hinein, wird es höher als hier angegeben.</translation>
        </message>
        <message>
            <source>dmtracker infusion cycles, {start} to {end}</source>
            <translation>dmtracker Infusionszyklen, {start} bis {end}</translation>
        </message>
        <message>
            <source>dmtracker timeline, {start} to {end}</source>
            <translation>dmtracker Zeitverlauf, {start} bis {end}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--smoke-test needs --data-dir (it writes demo data there)</source>
            <translation>--smoke-test braucht --data-dir (es schreibt dort Demodaten)</translation>
        </message>
        <message>
            <source>no permission to use {file}</source>
            <translation>keine Berechtigung für {file}</translation>
        </message>
        <message>
            <source>dmtracker: error: {reason}</source>
            <translation>dmtracker: Fehler: {reason}</translation>
        </message>
        <message>
            <source>this needs the passphrase: run it in a terminal, or set {variable}</source>
            <translation>dafür wird die Passphrase gebraucht: Führen Sie es in einem Terminal aus oder setzen Sie {variable}</translation>
        </message>
        <message>
            <source>Again: </source>
            <translation>Noch einmal: </translation>
        </message>
        <message>
            <source>Passphrase of the diary in {folder}: </source>
            <translation>Passphrase des Tagebuchs in {folder}: </translation>
        </message>
        <message>
            <source>no diary in {folder}</source>
            <translation>kein Tagebuch in {folder}</translation>
        </message>
        <message>
            <source>no database in {folder}</source>
            <translation>keine Datenbank in {folder}</translation>
        </message>
        <message>
            <source>the diary in {folder} is encrypted already</source>
            <translation>das Tagebuch in {folder} ist bereits verschlüsselt</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Warnung: {warning}</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Neue Passphrase: </translation>
        </message>
        <message numerus="yes">
            <source>Encrypted {file}, %n backup(s) and the rash photos. Exports are not encrypted.</source>
            <translation>
                <numerusform>{file}, %n Sicherungskopie und die Hautausschlag-Fotos sind verschlüsselt. Exporte werden nicht verschlüsselt.</numerusform>
                <numerusform>{file}, %n Sicherungskopien und die Hautausschlag-Fotos sind verschlüsselt. Exporte werden nicht verschlüsselt.</numerusform>
            </translation>
        </message>
        <message>
            <source>the diary in {folder} is not encrypted</source>
            <translation>das Tagebuch in {folder} ist nicht verschlüsselt</translation>
        </message>
        <message numerus="yes">
            <source>{file}, %n backup(s) and the rash photos are stored unencrypted now.</source>
            <translation>
                <numerusform>{file}, %n Sicherungskopie und die Hautausschlag-Fotos sind jetzt unverschlüsselt gespeichert.</numerusform>
                <numerusform>{file}, %n Sicherungskopien und die Hautausschlag-Fotos sind jetzt unverschlüsselt gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {what} to {file} in {seconds} s ({size} MB)</source>
            <translation>{what} in {file} geschrieben, in {seconds} s ({size} MB)</translation>
        </message>
        <message>
            <source>{file} already exists; choose a new file name</source>
            <translation>{file} gibt es schon; wählen Sie einen neuen Dateinamen</translation>
        </message>
        <message>
            <source>--plain needs --out (backups in the data folder stay encrypted)</source>
            <translation>--plain braucht --out (Sicherungskopien im Datenordner bleiben verschlüsselt)</translation>
        </message>
        <message>
            <source>Backup written: {file}</source>
            <translation>Sicherungskopie geschrieben: {file}</translation>
        </message>
        <message>
            <source>dmtracker: warning: no copy in the second backup folder: {reason}</source>
            <translation>dmtracker: Warnung: keine Kopie im zweiten Ordner für Sicherungskopien: {reason}</translation>
        </message>
        <message>
            <source>Copied to the second backup folder: {folder}</source>
            <translation>In den zweiten Ordner für Sicherungskopien kopiert: {folder}</translation>
        </message>
        <message>
            <source>Second backup folder: {folder}, no copy yet</source>
            <translation>Zweiter Ordner für Sicherungskopien: {folder}, noch keine Kopie</translation>
        </message>
        <message>
            <source>Second backup folder: {folder}, last copy {day} {time}</source>
            <translation>Zweiter Ordner für Sicherungskopien: {folder}, letzte Kopie {day} {time}</translation>
        </message>
        <message numerus="yes">
            <source>WARNING: no copy for %n day(s)</source>
            <translation>
                <numerusform>WARNUNG: seit %n Tag keine Kopie</numerusform>
                <numerusform>WARNUNG: seit %n Tagen keine Kopie</numerusform>
            </translation>
        </message>
        <message>
            <source>last attempt: {reason}</source>
            <translation>letzter Versuch: {reason}</translation>
        </message>
        <message>
            <source>last attempt failed: {reason}</source>
            <translation>letzter Versuch fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>Database: {file} ({size} MB)</source>
            <translation>Datenbank: {file} ({size} MB)</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>schema revision</comment>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Schema: {revision} (this app: {head})</source>
            <translation>Schema: {revision} (diese App: {head})</translation>
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation>Integrität: FEHLERHAFT</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integrität: in Ordnung</translation>
        </message>
        <message>
            <source>Access: read-only (the disk is full: view and export only)</source>
            <translation>Zugriff: nur lesen (der Datenträger ist voll: nur ansehen und exportieren)</translation>
        </message>
        <message>
            <source>Access: read-only (it cannot be written: view and export only)</source>
            <translation>Zugriff: nur lesen (der Ordner ist nicht beschreibbar: nur ansehen und exportieren)</translation>
        </message>
        <message>
            <source>Encryption: {state}</source>
            <translation>Verschlüsselung: {state}</translation>
        </message>
        <message>
            <source>Newest good backup: {file} ({day} {time} UTC, {kind})</source>
            <translation>Neueste intakte Sicherungskopie: {file} ({day} {time} UTC, {kind})</translation>
        </message>
        <message>
            <source>Newest good backup: none yet</source>
            <translation>Neueste intakte Sicherungskopie: noch keine</translation>
        </message>
        <message>
            <source>Restored {backup}. The diary as it was is kept as {kept}.</source>
            <translation>{backup} wiederhergestellt. Das Tagebuch, wie es vorher war, ist als {kept} aufbewahrt.</translation>
        </message>
        <message>
            <source>plain</source>
            <comment>encryption state: not encrypted</comment>
            <translation>unverschlüsselt</translation>
        </message>
        <message>
            <source>encrypted</source>
            <comment>encryption state</comment>
            <translation>verschlüsselt</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>kind of backup: made automatically each day</comment>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>manual</source>
            <comment>kind of backup: made by the user</comment>
            <translation>von Hand</translation>
        </message>
        <message>
            <source>pre-upgrade</source>
            <comment>kind of backup: made before an upgrade</comment>
            <translation>vor einem Update</translation>
        </message>
        <message>
            <source>pre-restore</source>
            <comment>kind of backup: the diary as it was before a restore</comment>
            <translation>vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>this diary is encrypted, and an export is a file anyone can read; add --plain to write it anyway (or use 'backup --out', which stays encrypted)</source>
            <translation>dieses Tagebuch ist verschlüsselt, und ein Export ist eine Datei, die jeder lesen kann; fügen Sie --plain hinzu, um ihn trotzdem zu schreiben (oder nutzen Sie „backup --out“, das verschlüsselt bleibt)</translation>
        </message>
        <message>
            <source>{file} must end in .pdf</source>
            <translation>{file} muss auf .pdf enden</translation>
        </message>
        <message>
            <source>this diary is encrypted, and a report is a file anyone can read; add --plain to write it anyway</source>
            <translation>dieses Tagebuch ist verschlüsselt, und ein Bericht ist eine Datei, die jeder lesen kann; fügen Sie --plain hinzu, um ihn trotzdem zu schreiben</translation>
        </message>
        <message>
            <source>{file} does not exist or is not a file</source>
            <translation>{file} gibt es nicht oder ist keine Datei</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiteres</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>the folder {folder} cannot be written (read-only): choose another place</source>
            <translation>in den Ordner {folder} kann nicht geschrieben werden (schreibgeschützt): wählen Sie einen anderen Ort</translation>
        </message>
        <message>
            <source>{file} is in the way: {reason}</source>
            <translation>{file} ist im Weg: {reason}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <comment>a refused value: its field, why</comment>
            <translation>{field}: {reason}</translation>
        </message>
        <message>
            <source>backup</source>
            <comment>field: a backup file</comment>
            <translation>Sicherungskopie</translation>
        </message>
        <message>
            <source>diary</source>
            <comment>field: the diary</comment>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>passphrase</source>
            <comment>field</comment>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>repeat</source>
            <comment>field: the passphrase typed again</comment>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <source>out</source>
            <comment>field: the --out option (a file name)</comment>
            <translation>--out</translation>
        </message>
        <message>
            <source>from</source>
            <comment>field: the --from option (first day)</comment>
            <translation>--from</translation>
        </message>
        <message>
            <source>to</source>
            <comment>field: the --to option (last day)</comment>
            <translation>--to</translation>
        </message>
        <message>
            <source>period</source>
            <comment>field: the period of a report</comment>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>disk</source>
            <comment>field: the disk</comment>
            <translation>Datenträger</translation>
        </message>
        <message>
            <source>data folder</source>
            <comment>field</comment>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>name</source>
            <comment>field: a diary's (profile's) name</comment>
            <translation>Name</translation>
        </message>
        <message>
            <source>profile</source>
            <comment>field: the --profile option (a diary's name)</comment>
            <translation>Profil</translation>
        </message>
        <message>
            <source>must be a whole number, got {text!r}</source>
            <translation>muss eine ganze Zahl sein, angegeben: {text!r}</translation>
        </message>
        <message>
            <source>must be from 1 to 30, got {n}</source>
            <translation>muss zwischen 1 und 30 liegen, angegeben: {n}</translation>
        </message>
        <message>
            <source>must be a date YYYY-MM-DD, got {text!r}</source>
            <translation>muss ein Datum JJJJ-MM-TT sein, angegeben: {text!r}</translation>
        </message>
        <message>
            <source>A private diary for dermatomyositis. With no command, opens the app.</source>
            <translation>Ein privates Tagebuch bei Dermatomyositis. Ohne Befehl öffnet sich die App.</translation>
        </message>
        <message>
            <source>data folder (default: $DMTRACKER_HOME or the platform's user data folder)</source>
            <translation>Datenordner (Standard: $DMTRACKER_HOME oder der Benutzerdatenordner des Systems)</translation>
        </message>
        <message>
            <source>the language of the app and of these messages: en (English), de (Deutsch), es (Español) or system (default: the system's language)</source>
            <translation>die Sprache der App und dieser Meldungen: en (English), de (Deutsch), es (Español) oder system (Standard: die Sprache des Systems)</translation>
        </message>
        <message>
            <source>the diary (profile) to use, by name (default: the one used last); see 'dmtracker profile list'</source>
            <translation>das zu verwendende Tagebuch (Profil), nach Name (Standard: das zuletzt verwendete); siehe 'dmtracker profile list'</translation>
        </message>
        <message>
            <source>open the demo profile (made on first use) instead of your own data</source>
            <translation>das Demoprofil öffnen (beim ersten Mal angelegt) statt Ihrer eigenen Daten</translation>
        </message>
        <message>
            <source>migrate, load demo data, open the window, exit 0 (non-zero on error)</source>
            <translation>migrieren, Demodaten laden, das Fenster öffnen, mit 0 beenden (bei einem Fehler nicht 0)</translation>
        </message>
        <message>
            <source>write a realistic demo history</source>
            <translation>einen realistischen Demoverlauf schreiben</translation>
        </message>
        <message>
            <source>years of history (1–30, default 1)</source>
            <translation>Jahre Verlauf (1–30, Standard 1)</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>Startwert des Zufalls (Standard 1)</translation>
        </message>
        <message>
            <source>last day of the history (default today)</source>
            <translation>letzter Tag des Verlaufs (Standard: heute)</translation>
        </message>
        <message>
            <source>a child's history (juvenile dermatomyositis: CMAS, CHAQ, doses per m²)</source>
            <translation>der Verlauf eines Kindes (juvenile Dermatomyositis: CMAS, CHAQ, Dosis pro m²)</translation>
        </message>
        <message>
            <source>make a backup now</source>
            <translation>jetzt eine Sicherungskopie anlegen</translation>
        </message>
        <message>
            <source>write the backup to FILE instead</source>
            <translation>die Sicherungskopie stattdessen in FILE schreiben</translation>
        </message>
        <message>
            <source>with --out: an unencrypted copy of an encrypted diary</source>
            <translation>mit --out: eine unverschlüsselte Kopie eines verschlüsselten Tagebuchs</translation>
        </message>
        <message>
            <source>check the database and show the newest backup</source>
            <translation>die Datenbank prüfen und die neueste Sicherungskopie zeigen</translation>
        </message>
        <message>
            <source>replace the diary with a backup (the current one is kept)</source>
            <translation>das Tagebuch durch eine Sicherungskopie ersetzen (das aktuelle wird aufbewahrt)</translation>
        </message>
        <message>
            <source>a backup file (.sqlite3)</source>
            <translation>eine Sicherungsdatei (.sqlite3)</translation>
        </message>
        <message>
            <source>encrypt the diary and its backups (a passphrase)</source>
            <translation>das Tagebuch und seine Sicherungskopien verschlüsseln (mit einer Passphrase)</translation>
        </message>
        <message>
            <source>store the diary and its backups unencrypted again</source>
            <translation>das Tagebuch und seine Sicherungskopien wieder unverschlüsselt speichern</translation>
        </message>
        <message>
            <source>export everything: CSV, JSON backup, FHIR</source>
            <translation>alles exportieren: CSV, JSON-Sicherung, FHIR</translation>
        </message>
        <message>
            <source>csv: one file per record kind (a folder, or a zip if PATH ends in .zip); json: a complete backup that 'import' restores; fhir: a FHIR R4 bundle</source>
            <translation>csv: eine Datei pro Eintragsart (ein Ordner, oder ein ZIP, wenn PATH auf .zip endet); json: eine vollständige Sicherung, die „import“ wiederherstellt; fhir: ein FHIR-R4-Bundle</translation>
        </message>
        <message>
            <source>a new file or folder</source>
            <translation>eine neue Datei oder ein neuer Ordner</translation>
        </message>
        <message>
            <source>confirm a readable export of an encrypted diary</source>
            <translation>einen lesbaren Export eines verschlüsselten Tagebuchs bestätigen</translation>
        </message>
        <message>
            <source>import a JSON backup, a CSV of daily check-ins, or weight and steps from phones and scales</source>
            <translation>eine JSON-Sicherungskopie, eine CSV-Datei mit Tageseinträgen oder Gewicht und Schritte von Handys und Waagen importieren</translation>
        </message>
        <message>
            <source>a .json backup, a check-in .csv, an Apple Health export.zip (or export.xml), an openScale CSV export, or Google Fit's 'Daily activity metrics.csv' (Google Takeout); the format is recognised from the file</source>
            <translation>eine .json-Sicherungskopie, eine .csv-Datei mit Tageseinträgen, ein Apple-Health-Export export.zip (oder export.xml), ein CSV-Export von openScale oder Google Fits „Daily activity metrics.csv“ (Google Takeout); das Format wird an der Datei erkannt</translation>
        </message>
        <message>
            <source>the language of the report (and of these messages): en, de, es or system (default: the system's language); dates and numbers are written that language's way</source>
            <translation>die Sprache des Berichts (und dieser Meldungen): en, de, es oder system (Standard: die Sprache des Systems); Datumsangaben und Zahlen werden so geschrieben, wie es in dieser Sprache üblich ist</translation>
        </message>
        <message>
            <source>write the clinic report PDF for a period</source>
            <translation>den Bericht für den Arzttermin als PDF für einen Zeitraum schreiben</translation>
        </message>
        <message>
            <source>first day of the period</source>
            <translation>erster Tag des Zeitraums</translation>
        </message>
        <message>
            <source>last day of the period (not in the future)</source>
            <translation>letzter Tag des Zeitraums (nicht in der Zukunft)</translation>
        </message>
        <message>
            <source>a new PDF file</source>
            <translation>eine neue PDF-Datei</translation>
        </message>
        <message>
            <source>add the daily log (and no photos) at the end</source>
            <translation>am Ende das Tagesprotokoll anhängen (ohne Fotos)</translation>
        </message>
        <message>
            <source>default A4</source>
            <translation>Standard A4</translation>
        </message>
        <message>
            <source>your questions for the visit (text)</source>
            <translation>Ihre Fragen für den Arzttermin (Text)</translation>
        </message>
        <message>
            <source>confirm a readable report of an encrypted diary</source>
            <translation>einen lesbaren Bericht eines verschlüsselten Tagebuchs bestätigen</translation>
        </message>
        <message>
            <source>list, create, rename or remove diaries (profiles)</source>
            <translation>Tagebücher (Profile) auflisten, anlegen, umbenennen oder entfernen</translation>
        </message>
        <message>
            <source>the diaries here (the one used last is marked)</source>
            <translation>die Tagebücher hier (das zuletzt verwendete ist markiert)</translation>
        </message>
        <message>
            <source>create a diary</source>
            <translation>ein Tagebuch anlegen</translation>
        </message>
        <message>
            <source>its name (up to 40 characters)</source>
            <translation>sein Name (bis zu 40 Zeichen)</translation>
        </message>
        <message>
            <source>a child's diary (juvenile dermatomyositis, JDM)</source>
            <translation>ein Tagebuch für ein Kind (juvenile Dermatomyositis, JDM)</translation>
        </message>
        <message>
            <source>rename a diary</source>
            <translation>ein Tagebuch umbenennen</translation>
        </message>
        <message>
            <source>its name now</source>
            <translation>sein jetziger Name</translation>
        </message>
        <message>
            <source>its new name</source>
            <translation>sein neuer Name</translation>
        </message>
        <message>
            <source>remove a diary (a copy of it is kept in removed-profiles/ first)</source>
            <translation>ein Tagebuch entfernen (vorher wird eine Kopie in removed-profiles/ abgelegt)</translation>
        </message>
        <message>
            <source>the diary to remove</source>
            <translation>das zu entfernende Tagebuch</translation>
        </message>
        <message>
            <source>its name once more, to confirm without a terminal</source>
            <translation>sein Name noch einmal, zur Bestätigung ohne Terminal</translation>
        </message>
        <message>
            <source>juvenile</source>
            <comment>a diary's kind: a child's (JDM)</comment>
            <translation>Kind (JDM)</translation>
        </message>
        <message>
            <source>adult</source>
            <comment>a diary's kind</comment>
            <translation>erwachsen</translation>
        </message>
        <message>
            <source>No diary in {folder} yet.</source>
            <translation>Noch kein Tagebuch in {folder}.</translation>
        </message>
        <message>
            <source>* the diary used last (opened without --profile)</source>
            <translation>* das zuletzt verwendete Tagebuch (geöffnet ohne --profile)</translation>
        </message>
        <message>
            <source>Created the diary {name} ({kind}) in {folder}.</source>
            <translation>Tagebuch {name} ({kind}) in {folder} angelegt.</translation>
        </message>
        <message>
            <source>Renamed the diary {old} to {new}.</source>
            <translation>Tagebuch {old} in {new} umbenannt.</translation>
        </message>
        <message>
            <source>removing a diary needs its name typed: run it in a terminal, or add --confirm NAME</source>
            <translation>zum Entfernen eines Tagebuchs muss sein Name eingegeben werden: in einem Terminal ausführen oder --confirm NAME angeben</translation>
        </message>
        <message>
            <source>Type the name of the diary to remove ({name}) to confirm: </source>
            <translation>Zur Bestätigung den Namen des zu entfernenden Tagebuchs ({name}) eingeben: </translation>
        </message>
        <message>
            <source>Removed the diary {name}; a copy of it is kept in {file}.</source>
            <translation>Tagebuch {name} entfernt; eine Kopie davon liegt in {file}.</translation>
        </message>
    </context>
    <context>
        <name>Clinic</name>
        <message>
            <source>{analyte} must be in U/L or µkat/L, got {unit!r}</source>
            <translation>{analyte} muss in U/L oder µkat/L angegeben werden, angegeben: {unit!r}</translation>
        </message>
        <message>
            <source>{what} on {day}</source>
            <translation>{what} vom {day}</translation>
        </message>
        <message>
            <source>clinic visit on {day}</source>
            <translation>Arzttermin am {day}</translation>
        </message>
        <message>
            <source>CHAQ on {day}</source>
            <translation>CHAQ vom {day}</translation>
        </message>
        <message>
            <source>HAQ-DI on {day}</source>
            <translation>HAQ-DI vom {day}</translation>
        </message>
    </context>
    <context>
        <name>ClinicPage</name>
        <message>
            <source>▲ high</source>
            <translation>▲ hoch</translation>
        </message>
        <message>
            <source>▼ low</source>
            <translation>▼ niedrig</translation>
        </message>
        <message>
            <source>no range given</source>
            <translation>kein Bereich angegeben</translation>
        </message>
        <message>
            <source>in range</source>
            <translation>im Bereich</translation>
        </message>
        <message>
            <source>not scored (fewer than 6 categories answered)</source>
            <translation>nicht berechnet (weniger als 6 Kategorien beantwortet)</translation>
        </message>
        <message>
            <source>{score} (computed by the app)</source>
            <translation>{score} (von der App berechnet)</translation>
        </message>
        <message>
            <source>The record no longer exists.</source>
            <translation>Der Eintrag existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Delete?</source>
            <translation>Löschen?</translation>
        </message>
        <message>
            <source>Delete {what}?

You can undo this right after.</source>
            <translation>{what} löschen?

Sie können das direkt danach rückgängig machen.</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>Löschen &amp;rückgängig machen</translation>
        </message>
        <message>
            <source>Clinic records</source>
            <translation>Arzttermine und Befunde</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Physician global</source>
            <translation>Ärztliche Gesamtbeurteilung</translation>
        </message>
        <message>
            <source>Physician global activity, 0–10</source>
            <translation>Ärztliche Gesamtbeurteilung der Krankheitsaktivität, 0–10</translation>
        </message>
        <message>
            <source>Extramuscular</source>
            <translation>Außerhalb der Muskeln</translation>
        </message>
        <message>
            <source>Extramuscular global activity, 0–10</source>
            <translation>Gesamtaktivität außerhalb der Muskeln (extramuskulär), 0–10</translation>
        </message>
        <message>
            <source>MMT-8 total on the 0–80 (one side) or 0–150 (both sides) scale</source>
            <translation>MMT-8-Summe auf der Skala 0–80 (eine Seite) oder 0–150 (beide Seiten)</translation>
        </message>
        <message>
            <source>Childhood Myositis Assessment Scale, 0–52 (higher is better)</source>
            <translation>Childhood Myositis Assessment Scale (Muskeltest für Kinder), 0–52 (höher ist besser)</translation>
        </message>
        <message>
            <source>CDASI activity</source>
            <translation>CDASI Aktivität</translation>
        </message>
        <message>
            <source>CDASI damage</source>
            <translation>CDASI Schaden</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Ärztin / Arzt</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Clinic visits</source>
            <translation>Arzttermine</translation>
        </message>
        <message>
            <source>&amp;New visit…</source>
            <translation>&amp;Neuer Termin…</translation>
        </message>
        <message>
            <source>Edit the selected clinic visit</source>
            <translation>Ausgewählten Arzttermin bearbeiten</translation>
        </message>
        <message>
            <source>Delete the selected clinic visit</source>
            <translation>Ausgewählten Arzttermin löschen</translation>
        </message>
        <message>
            <source>V&amp;isits</source>
            <translation>T&amp;ermine</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Reference range</source>
            <translation>Referenzbereich</translation>
        </message>
        <message>
            <source>The lab's own reference range, in the unit of the value</source>
            <translation>Der Referenzbereich des Labors, in der Einheit des Ergebnisses</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <source>▲ above or ▼ below the lab's range</source>
            <translation>▲ über oder ▼ unter dem Bereich des Labors</translation>
        </message>
        <message>
            <source>× upper limit</source>
            <translation>× Obergrenze</translation>
        </message>
        <message>
            <source>Value ÷ the lab's upper limit of normal (ULN)</source>
            <translation>Ergebnis ÷ obere Normgrenze des Labors (ULN)</translation>
        </message>
        <message>
            <source>As entered</source>
            <translation>Wie eingegeben</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Labor</translation>
        </message>
        <message>
            <source>Lab results</source>
            <translation>Laborwerte</translation>
        </message>
        <message>
            <source>Filter: test, date or lab</source>
            <translation>Filter: Wert, Datum oder Labor</translation>
        </message>
        <message>
            <source>Filter lab results</source>
            <translation>Laborwerte filtern</translation>
        </message>
        <message>
            <source>&amp;New result…</source>
            <translation>&amp;Neuer Laborwert…</translation>
        </message>
        <message>
            <source>Edit the selected lab result</source>
            <translation>Ausgewählten Laborwert bearbeiten</translation>
        </message>
        <message>
            <source>Delete the selected lab result</source>
            <translation>Ausgewählten Laborwert löschen</translation>
        </message>
        <message>
            <source>&amp;Labs</source>
            <translation>Labor&amp;werte</translation>
        </message>
        <message>
            <source>Categories answered</source>
            <translation>Beantwortete Kategorien</translation>
        </message>
        <message>
            <source>{answered} of 8</source>
            <translation>{answered} von 8</translation>
        </message>
        <message>
            <source>Aids or devices</source>
            <translation>Hilfsmittel</translation>
        </message>
        <message>
            <source>Help from another person</source>
            <translation>Hilfe durch eine andere Person</translation>
        </message>
        <message>
            <source>HAQ-DI scores</source>
            <translation>HAQ-DI-Werte</translation>
        </message>
        <message>
            <source>Fill i&amp;n the HAQ-DI…</source>
            <translation>HAQ-DI a&amp;usfüllen…</translation>
        </message>
        <message>
            <source>Edit the selected HAQ-DI answers</source>
            <translation>Ausgewählte HAQ-DI-Antworten bearbeiten</translation>
        </message>
        <message>
            <source>Delete the selected HAQ-DI answers</source>
            <translation>Ausgewählte HAQ-DI-Antworten löschen</translation>
        </message>
        <message>
            <source>Fill i&amp;n the CHAQ…</source>
            <translation>CHAQ a&amp;usfüllen…</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Nicht gelöscht</translation>
        </message>
        <message>
            <source>Deleted {what}.</source>
            <translation>Gelöscht: {what}.</translation>
        </message>
        <message>
            <source>the clinic visit of {date}</source>
            <translation>Arzttermin vom {date}</translation>
        </message>
        <message>
            <source>the {test} result of {date}</source>
            <translation>{test}-Wert vom {date}</translation>
        </message>
        <message>
            <source>the HAQ-DI answers of {date}</source>
            <translation>HAQ-DI-Antworten vom {date}</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>ClinicReport</name>
        <message>
            <source>Wrote the clinic report, {pages} pages ({main} pages and an appendix of {appendix}), to {path}</source>
            <translation>Bericht für den Arzttermin geschrieben, {pages} Seiten ({main} Seiten und ein Anhang mit {appendix}), nach {path}</translation>
        </message>
        <message>
            <source>Wrote the clinic report, {pages} pages, to {path}</source>
            <translation>Bericht für den Arzttermin geschrieben, {pages} Seiten, nach {path}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <source>Period {period} · generated by dmtracker {version} from patient-entered data</source>
            <translation>Zeitraum {period} · erstellt von dmtracker {version} aus Angaben des Patienten / der Patientin</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>serious side effect</source>
            <translation>schwere Nebenwirkung</translation>
        </message>
        <message>
            <source>possible flare</source>
            <translation>möglicher Schub</translation>
        </message>
        <message>
            <source>started</source>
            <comment>a medication, in the list of changes</comment>
            <translation>begonnen</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a medication, in the list of changes</comment>
            <translation>beendet</translation>
        </message>
        <message>
            <source>changed to</source>
            <comment>a medication's dose, in the list of changes</comment>
            <translation>geändert auf</translation>
        </message>
        <message>
            <source>better</source>
            <comment>a measure against the previous period</comment>
            <translation>besser</translation>
        </message>
        <message>
            <source>worse</source>
            <comment>a measure against the previous period</comment>
            <translation>schlechter</translation>
        </message>
        <message>
            <source>no clear change</source>
            <translation>keine klare Änderung</translation>
        </message>
        <message>
            <source>born {year}</source>
            <translation>geboren {year}</translation>
        </message>
        <message>
            <source>(few days logged: the means below are estimates)</source>
            <translation>(wenige Tage eingetragen: die Mittelwerte unten sind Schätzungen)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Period&lt;/b&gt; {label}{span} ({days} days){born}; compared with the {previous_days} days before ({previous_span}).</source>
            <translation>&lt;b&gt;Zeitraum&lt;/b&gt; {label}{span} ({days} Tage){born}; verglichen mit den {previous_days} Tagen davor ({previous_span}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Days logged&lt;/b&gt; {logged} of {days} ({percent} %); daily check-ins on {checkins} days.</source>
            <translation>&lt;b&gt;Eingetragene Tage&lt;/b&gt; {logged} von {days} ({percent} %); Tageseinträge an {checkins} Tagen.</translation>
        </message>
        <message>
            <source>Clinic report: {patient}</source>
            <translation>Bericht für den Arzttermin: {patient}</translation>
        </message>
        <message>
            <source>Clinic report: {patient} — JDM</source>
            <translation>Bericht für den Arzttermin: {patient} — JDM</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <comment>age</comment>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahre</numerusform>
            </translation>
        </message>
        <message>
            <source>Clinic report: {patient}, {age} — JDM</source>
            <translation>Bericht für den Arzttermin: {patient}, {age} — JDM</translation>
        </message>
        <message>
            <source>Juvenile dermatomyositis: the juvenile TIS (2016 ACR/EULAR juvenile criteria) counts ≥ 30 as minimal, ≥ 45 as moderate and ≥ 70 as major improvement. The parent global stands in for the patient global, the CMAS (0–52, higher is better) for the MMT-8 where the visit has no MMT-8, and the CHAQ (0–3) for the HAQ-DI.</source>
            <translation>Juvenile Dermatomyositis: Der juvenile TIS (juvenile Kriterien von ACR/EULAR 2016) wertet ≥ 30 als geringe, ≥ 45 als mittlere und ≥ 70 als deutliche Verbesserung. Die Gesamtbeurteilung der Eltern steht für die des Patienten, der CMAS (0–52, höher ist besser) für den MMT-8, wenn der Termin keinen MMT-8 hat, und der CHAQ (0–3) für den HAQ-DI.</translation>
        </message>
        <message>
            <source>Juvenile dermatomyositis (JDM) measures</source>
            <translation>Messgrößen der juvenilen Dermatomyositis (JDM)</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>CMAS (0–52)</source>
            <translation>CMAS (0–52)</translation>
        </message>
        <message>
            <source>Parent global (0–10)</source>
            <translation>Gesamtbeurteilung Eltern (0–10)</translation>
        </message>
        <message>
            <source>Physician global (0–10)</source>
            <translation>Ärztliche Gesamtbeurteilung (0–10)</translation>
        </message>
        <message>
            <source>DAS skin (0–9)</source>
            <translation>DAS Haut (0–9)</translation>
        </message>
        <message>
            <source>DAS muscle (0–11)</source>
            <translation>DAS Muskel (0–11)</translation>
        </message>
        <message>
            <source>No CMAS, parent global or DAS in the period.</source>
            <translation>Kein CMAS, keine Gesamtbeurteilung der Eltern und kein DAS im Zeitraum.</translation>
        </message>
        <message>
            <source>CMAS items of the visit of {day}</source>
            <translation>CMAS-Einzelwerte des Termins vom {day}</translation>
        </message>
        <message>
            <source>Manoeuvre</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>CHAQ (Childhood Health Assessment Questionnaire)</source>
            <translation>CHAQ (Childhood Health Assessment Questionnaire)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>CHAQ (0–3)</source>
            <translation>CHAQ (0–3)</translation>
        </message>
        <message>
            <source>Pain (0–100 mm)</source>
            <translation>Schmerzen (0–100 mm)</translation>
        </message>
        <message>
            <source>Well-being (0–100 mm)</source>
            <translation>Befinden (0–100 mm)</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Beantwortet von</translation>
        </message>
        <message>
            <source>No CHAQ in the period.</source>
            <translation>Kein CHAQ im Zeitraum.</translation>
        </message>
        <message>
            <source>{mm} mm ({scaled} of 3)</source>
            <translation>{mm} mm ({scaled} von 3)</translation>
        </message>
        <message>
            <source>My questions for this visit</source>
            <translation>Meine Fragen für diesen Arzttermin</translation>
        </message>
        <message>
            <source>None written.</source>
            <translation>Keine aufgeschrieben.</translation>
        </message>
        <message>
            <source>Entered by the patient or taken from clinic letters; every score is computed by the app. Means of the values logged (n); ≈ estimate: fewer than 4. Better or worse only for a change of ≥ 1 point (0–10 scales), ≥ 0.25 (HAQ-DI) or ≥ 10 % (others), and for a mean only with n ≥ 4 in both periods (a latest value is compared with the one before); else “no clear change”. Patient global (“how active my disease feels”) is the daily 0–10 rating, standing in for the 10 cm scale.</source>
            <translation>Vom Patienten / von der Patientin eingetragen oder aus Arztbriefen übernommen; jeder Score wird von der App berechnet. Mittelwerte der eingetragenen Werte (n); ≈ Schätzung: weniger als 4. Besser oder schlechter nur bei einer Änderung um ≥ 1 Punkt (Skalen 0–10), ≥ 0,25 (HAQ-DI) oder ≥ 10 % (andere), bei einem Mittelwert nur mit n ≥ 4 in beiden Zeiträumen (ein letzter Wert wird mit dem vorherigen verglichen); sonst „keine klare Änderung“. Die Gesamteinschätzung des Patienten („wie aktiv sich meine Krankheit anfühlt“) ist die tägliche Bewertung 0–10, anstelle der 10-cm-Skala.</translation>
        </message>
        <message>
            <source>IVIG infusions in the period</source>
            <translation>IVIG-Infusionen im Zeitraum</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Keine eingetragen.</translation>
        </message>
        <message>
            <source>{courses} courses ({days} infusion days) in the period; the last {shown} are listed here and every course in the Tables.</source>
            <translation>{courses} Zyklen ({days} Infusionstage) im Zeitraum; die letzten {shown} stehen hier, alle Zyklen in den Tabellen.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no reactions</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>{g_per_kg} g/kg ({total} g, {given} of {planned} days)</source>
            <translation>{g_per_kg} g/kg ({total} g, {given} von {planned} Tagen)</translation>
        </message>
        <message>
            <source>{dose} on the {basis} weight {weight} kg</source>
            <translation>{dose} nach dem {basis} Gewicht {weight} kg</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Präparat</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Reaktionen</translation>
        </message>
        <message>
            <source>{effect} (grade {grade})</source>
            <translation>{effect} (Grad {grade})</translation>
        </message>
        <message>
            <source>actual</source>
            <comment>the dosing weight: the body weight</comment>
            <translation>tatsächlichen</translation>
        </message>
        <message>
            <source>ideal</source>
            <comment>the dosing weight: the ideal body weight</comment>
            <translation>idealen</translation>
        </message>
        <message>
            <source>adjusted</source>
            <comment>the dosing weight: the adjusted body weight</comment>
            <translation>angepassten</translation>
        </message>
        <message>
            <source>Medications now and changes in the period</source>
            <translation>Aktuelle Medikamente und Änderungen im Zeitraum</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; {dose} (since {day})</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; {dose} (seit {day})</translation>
        </message>
        <message>
            <source>No medications recorded as current.</source>
            <translation>Keine aktuellen Medikamente eingetragen.</translation>
        </message>
        <message>
            <source>(the last {shown} of {all}; the earlier {more} are in the CSV export, medication_doses.csv)</source>
            <translation>(die letzten {shown} von {all}; die früheren {more} stehen im CSV-Export, medication_doses.csv)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes:&lt;/b&gt; {items}.</source>
            <translation>&lt;b&gt;Änderungen:&lt;/b&gt; {items}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes:&lt;/b&gt; none in the period.</source>
            <translation>&lt;b&gt;Änderungen:&lt;/b&gt; keine im Zeitraum.</translation>
        </message>
        <message>
            <source>Glucocorticoids in the period: {grams} g prednisone-equivalent (computed by the app from the dose rows).</source>
            <translation>Kortison (Glukokortikoide) im Zeitraum: {grams} g Prednison-Äquivalent (von der App aus den Dosiszeilen berechnet).</translation>
        </message>
        <message>
            <source>Headline measures against the previous period</source>
            <translation>Wichtigste Messwerte im Vergleich zum vorigen Zeitraum</translation>
        </message>
        <message>
            <source>higher better</source>
            <translation>höher ist besser</translation>
        </message>
        <message>
            <source>lower better</source>
            <translation>niedriger ist besser</translation>
        </message>
        <message>
            <source>latest</source>
            <comment>the latest value of a measure</comment>
            <translation>letzter Wert</translation>
        </message>
        <message>
            <source>mean</source>
            <comment>the mean of a measure's values</comment>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>({unit}, {how}; {direction})</source>
            <translation>({unit}, {how}; {direction})</translation>
        </message>
        <message>
            <source>Nothing measured in either period.</source>
            <translation>In keinem der beiden Zeiträume gemessen.</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Messwert</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>a measure in this period</comment>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Before</source>
            <comment>a measure in the previous period</comment>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>n now/before</source>
            <translation>n jetzt/vorher</translation>
        </message>
        <message>
            <source>Flagged events</source>
            <translation>Markierte Ereignisse</translation>
        </message>
        <message>
            <source>No red flags, serious side effects or possible flares.</source>
            <translation>Keine Warnzeichen, schweren Nebenwirkungen oder möglichen Schübe.</translation>
        </message>
        <message>
            <source>{all} possible flare days in all; the latest {listed} are listed.</source>
            <translation>Insgesamt {all} Tage mit möglichem Schub; die letzten {listed} sind aufgeführt.</translation>
        </message>
        <message>
            <source>(Possible flare, app rule: patient global or fatigue at least 2 points above the mean of the 4 logged days before.)</source>
            <translation>(Möglicher Schub, Regel der App: Gesamteinschätzung des Patienten oder Erschöpfung mindestens 2 Punkte über dem Mittelwert der 4 eingetragenen Tage davor.)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitverlauf</translation>
        </message>
        <message>
            <source>Data behind this chart: {logged} days logged ({percent} %), {courses} IVIG courses ({days} infusion days, shaded), {effects} side effects, {labs} lab results. Lines of the daily scales are 7-day means.</source>
            <translation>Daten hinter diesem Diagramm: {logged} eingetragene Tage ({percent} %), {courses} IVIG-Zyklen ({days} Infusionstage, schattiert), {effects} Nebenwirkungen, {labs} Laborwerte. Die Linien der täglichen Skalen sind 7-Tage-Mittelwerte.</translation>
        </message>
        <message>
            <source>Chart not drawn.</source>
            <translation>Diagramm nicht gezeichnet.</translation>
        </message>
        <message>
            <source>Cycle profile</source>
            <translation>Verlauf im Zyklus</translation>
        </message>
        <message>
            <source>Each measure folded onto the days since an IVIG course started, for the {n} courses that started in the period. The median line and the 25–75 % band are drawn only where at least 3 cycles have a value; fewer cycles are shown one by one.</source>
            <translation>Jeder Messwert nach Tagen seit dem Beginn eines IVIG-Zyklus übereinandergelegt, für die {n} Zyklen, die im Zeitraum begonnen haben. Die Medianlinie und das 25–75-%-Band sind nur dort gezeichnet, wo mindestens 3 Zyklen einen Wert haben; weniger Zyklen werden einzeln gezeigt.</translation>
        </message>
        <message>
            <source>No IVIG course started in the period.</source>
            <translation>Im Zeitraum hat kein IVIG-Zyklus begonnen.</translation>
        </message>
        <message>
            <source>must be one of {choices}; got {got}</source>
            <translation>muss eines von {choices} sein; erhalten: {got}</translation>
        </message>
        <message>
            <source>Writing the summary</source>
            <translation>Zusammenfassung wird geschrieben</translation>
        </message>
        <message>
            <source>Clinic report {period}</source>
            <translation>Bericht für den Arzttermin {period}</translation>
        </message>
        <message>
            <source>dmtracker clinic report · {patient}</source>
            <translation>dmtracker-Bericht für den Arzttermin · {patient}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>{scale} {value} ({day})</source>
            <translation>{scale} {value} ({day})</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Entries during the day&lt;/b&gt; %n, on {days} days; the highest: {highest}. The daily log lists the highest of each day.</source>
            <translation>
                <numerusform>&lt;b&gt;Einträge im Tagesverlauf&lt;/b&gt; %n, an {days} Tagen; die höchsten Werte: {highest}. Das Tagesprotokoll nennt den höchsten Wert jedes Tages.</numerusform>
                <numerusform>&lt;b&gt;Einträge im Tagesverlauf&lt;/b&gt; %n, an {days} Tagen; die höchsten Werte: {highest}. Das Tagesprotokoll nennt den höchsten Wert jedes Tages.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClinicReportCard</name>
        <message>
            <source>Clinic report</source>
            <translation>Bericht für den Arzttermin</translation>
        </message>
        <message>
            <source>Clinic report not written</source>
            <translation>Bericht für den Arzttermin nicht geschrieben</translation>
        </message>
        <message>
            <source>A PDF for your next clinic visit: a one-page summary, your charts, tables of infusions, side effects, labs and visits, and your questions. It opens when ready.</source>
            <translation>Ein PDF für Ihren nächsten Arzttermin: eine Zusammenfassung auf einer Seite, Ihre Diagramme, Tabellen mit Infusionen, Nebenwirkungen, Laborwerten und Arztterminen sowie Ihre Fragen. Es öffnet sich, wenn es fertig ist.</translation>
        </message>
        <message>
            <source>Report period</source>
            <translation>Zeitraum des Berichts</translation>
        </message>
        <message>
            <source>Report period: from</source>
            <translation>Zeitraum des Berichts: von</translation>
        </message>
        <message>
            <source>Report period: to</source>
            <translation>Zeitraum des Berichts: bis</translation>
        </message>
        <message>
            <source>to</source>
            <comment>from one date to another</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Papierformat</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>the US paper size</comment>
            <translation>US-Letter</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Sprache des Berichts</translation>
        </message>
        <message>
            <source>Same as the app</source>
            <translation>Wie die App</translation>
        </message>
        <message>
            <source>The language of the PDF, for a clinic that reads another language. The app itself stays in its language.</source>
            <translation>Die Sprache des PDFs, für eine Praxis oder Klinik, die eine andere Sprache liest. Die App selbst bleibt in ihrer Sprache.</translation>
        </message>
        <message>
            <source>My questions for the visit</source>
            <translation>Meine Fragen für den Arzttermin</translation>
        </message>
        <message>
            <source>Questions you want to ask at the visit</source>
            <translation>Fragen, die Sie beim Arzttermin stellen möchten</translation>
        </message>
        <message>
            <source>Add an appen&amp;dix: the daily log and rash photos</source>
            <translation>A&amp;nhang hinzufügen: Tagesverlauf und Fotos vom Hautausschlag</translation>
        </message>
        <message>
            <source>Rash sites whose photos go in the appendix</source>
            <translation>Stellen des Hautausschlags, deren Fotos in den Anhang kommen</translation>
        </message>
        <message>
            <source>Pe&amp;riod:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Daten:</translation>
        </message>
        <message>
            <source>Pa&amp;per:</source>
            <translation>&amp;Papierformat:</translation>
        </message>
        <message>
            <source>Report l&amp;anguage:</source>
            <translation>&amp;Sprache des Berichts:</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation>&amp;Fragen:</translation>
        </message>
        <message>
            <source>Photos of:</source>
            <translation>Fotos von:</translation>
        </message>
        <message>
            <source>Cr&amp;eate the clinic report…</source>
            <translation>Bericht &amp;erstellen…</translation>
        </message>
        <message>
            <source>Create the clinic report PDF</source>
            <translation>PDF-Bericht für den Arzttermin erstellen</translation>
        </message>
        <message>
            <source>Save the clinic report</source>
            <translation>Bericht für den Arzttermin speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Gathering the data…</source>
            <translation>Daten werden gesammelt…</translation>
        </message>
        <message>
            <source>Drawing the charts</source>
            <translation>Diagramme werden gezeichnet</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Bericht wird geschrieben…</translation>
        </message>
    </context>
    <context>
        <name>CmasSection</name>
        <message>
            <source>{score} – {words}</source>
            <translation>{score} – {words}</translation>
        </message>
        <message>
            <source>Start stopwatch</source>
            <translation>Stoppuhr starten</translation>
        </message>
        <message>
            <source>Stop ({seconds} s)</source>
            <translation>Stopp ({seconds} s)</translation>
        </message>
        <message>
            <source>CMAS (Childhood Myositis Assessment Scale, 0–52)</source>
            <translation>CMAS (Childhood Myositis Assessment Scale, 0–52)</translation>
        </message>
        <message>
            <source>Higher is better. Choose the level of each manoeuvre (type its number or use the arrow keys); for a timed one, the stopwatch button (Space) starts and stops the time and fills in the seconds and the score.</source>
            <translation>Höher ist besser. Wählen Sie die Stufe jeder Übung (Zahl eingeben oder Pfeiltasten); bei einer Übung mit Zeit startet und stoppt die Stoppuhr-Schaltfläche (Leertaste) die Zeit und trägt Sekunden und Wert ein.</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>{item}: seconds held</source>
            <translation>{item}: gehaltene Sekunden</translation>
        </message>
        <message>
            <source>Stopwatch for {item}</source>
            <translation>Stoppuhr für {item}</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>CMAS total, only if the letter gives no item scores (0–52)</source>
            <translation>CMAS-Summe, nur wenn der Arztbrief keine Einzelwerte nennt (0–52)</translation>
        </message>
        <message>
            <source>CMAS total (&amp;when no item scores)</source>
            <translation>CMAS-Summe (&amp;nur ohne Einzelwerte)</translation>
        </message>
        <message>
            <source>CMAS total</source>
            <translation>CMAS-Summe</translation>
        </message>
        <message>
            <source>must be whole seconds from 0 to {top}</source>
            <translation>muss ganze Sekunden von 0 bis {top} sein</translation>
        </message>
        <message>
            <source>CMAS {total} of 52 (computed by the app from the 14 items)</source>
            <translation>CMAS {total} von 52 (von der App aus den 14 Übungen berechnet)</translation>
        </message>
        <message>
            <source>CMAS: {scored} of 14 items scored so far ({points} points)</source>
            <translation>CMAS: bisher {scored} von 14 Übungen bewertet ({points} Punkte)</translation>
        </message>
        <message>
            <source>CMAS as given in the letter: {total} of 52</source>
            <translation>CMAS laut Arztbrief: {total} von 52</translation>
        </message>
        <message>
            <source>CMAS: not entered</source>
            <translation>CMAS: nicht eingetragen</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>dmtracker: something went wrong</source>
            <translation>dmtracker: Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>The details are in the log file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;It holds no health data: you can send it with a bug report.</source>
            <translation>Die Einzelheiten stehen in der Protokolldatei:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Sie enthält keine Gesundheitsdaten: Sie können sie mit einer Fehlermeldung schicken.</translation>
        </message>
        <message>
            <source>No log file is open.</source>
            <translation>Es ist keine Protokolldatei geöffnet.</translation>
        </message>
        <message>
            <source>dmtracker hit an unexpected error. Your saved records are safe, and what you were typing is still in the window (the check-in form is also kept as a draft).&lt;br&gt;You can go on; if the problem comes back, quit and start dmtracker again.</source>
            <translation>In dmtracker ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Einträge sind sicher, und was Sie gerade eingegeben haben, steht noch im Fenster (der Tageseintrag wird auch als Entwurf aufbewahrt).&lt;br&gt;Sie können weitermachen; wenn das Problem wiederkommt, beenden Sie dmtracker und starten es neu.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>Copy the log &amp;path</source>
            <translation>&amp;Pfad der Protokolldatei kopieren</translation>
        </message>
        <message>
            <source>&amp;Quit dmtracker</source>
            <translation>dmtracker &amp;beenden</translation>
        </message>
    </context>
    <context>
        <name>CsvReadme</name>
        <message>
            <source>dmtracker export of {when}</source>
            <translation>dmtracker-Export vom {when}</translation>
        </message>
        <message>
            <source>One CSV file per kind of record, UTF-8, comma-separated, with a header row.</source>
            <translation>Eine CSV-Datei pro Art von Eintrag, UTF-8, durch Kommas getrennt, mit einer Kopfzeile.</translation>
        </message>
        <message>
            <source>- Dates are YYYY-MM-DD; times are YYYY-MM-DD HH:MM:SS in the time zone {tz}.</source>
            <translation>- Datumsangaben sind YYYY-MM-DD; Zeitpunkte YYYY-MM-DD HH:MM:SS in der Zeitzone {tz}.</translation>
        </message>
        <message>
            <source>- Empty cells mean "not recorded". Decimals use a point. true/false for yes/no.</source>
            <translation>- Leere Zellen bedeuten „nicht eingetragen“. Dezimalzahlen mit Punkt (3.5, nicht 3,5). true/false für ja/nein.</translation>
        </message>
        <message>
            <source>- The files are the same in every language of the app, for spreadsheets and other
  programs: ISO dates (YYYY-MM-DD), a decimal point, and the column names and
  codes in English. Only this README is in your language.</source>
            <translation>- Die Dateien sind in jeder Sprache der App gleich, für Tabellenkalkulationen und andere
  Programme: ISO-Datum (YYYY-MM-DD), Dezimalpunkt, Spaltennamen und Codes auf Englisch.
  Nur diese README-Datei ist in Ihrer Sprache.</translation>
        </message>
        <message>
            <source>- Records link by id: course_id in infusion_days.csv is the id in infusion_courses.csv,
  infusion_day_id in rate steps, premedications, vital signs and follow-ups is the id in
  infusion_days.csv, medication_id and regimen_id link the medication files.</source>
            <translation>- Einträge sind über ihre id verknüpft: course_id in infusion_days.csv ist die id in infusion_courses.csv,
  infusion_day_id in den Dateien zu Geschwindigkeitsstufen, Prämedikation, Vitalzeichen und Nachbeobachtung
  ist die id in infusion_days.csv, medication_id und regimen_id verknüpfen die Dateien zu Medikamenten.</translation>
        </message>
        <message>
            <source>- daily_steps.csv has one row a day: the steps counted by a phone or a watch and where they came from.</source>
            <translation>- daily_steps.csv hat eine Zeile pro Tag: die von einem Handy oder einer Uhr gezählten Schritte und woher sie stammen.</translation>
        </message>
        <message>
            <source>- checkins.csv has the columns of the check-in import template and can be imported again.</source>
            <translation>- checkins.csv hat die Spalten der Importvorlage für Tageseinträge und kann wieder importiert werden.</translation>
        </message>
        <message>
            <source>- symptom_entries.csv: entries during the day (several a day): at is when, day its
  date, the scales 0–10 as in checkins.csv; device and uid say where an entry came
  from (empty device: this computer; else the inbox file's device).</source>
            <translation>- symptom_entries.csv: Einträge im Tagesverlauf (mehrere am Tag): at ist der Zeitpunkt,
  day sein Datum, die Skalen 0–10 wie in checkins.csv; device und uid sagen, woher ein
  Eintrag kam (device leer: dieser Computer; sonst das Gerät der Datei im Eingangsordner).</translation>
        </message>
        <message>
            <source>- A text that starts with = + - or @ is written with a leading apostrophe so that
  spreadsheets do not run it as a formula.</source>
            <translation>- Ein Text, der mit = + - oder @ beginnt, wird mit einem Apostroph davor geschrieben, damit
  Tabellenkalkulationen ihn nicht als Formel ausführen.</translation>
        </message>
        <message>
            <source>- Deleted records are not included. The complete backup is the JSON export.</source>
            <translation>- Gelöschte Einträge sind nicht enthalten. Die vollständige Sicherungskopie ist der JSON-Export.</translation>
        </message>
        <message>
            <source>- questionnaires.csv: item_1 … item_20 are the HAQ-DI answers (0 without difficulty,
  1 some, 2 much, 3 unable); aids and help list categories, separated by ";"; score is the
  HAQ-DI computed by the app.</source>
            <translation>- questionnaires.csv: item_1 … item_20 sind die Antworten des HAQ-DI (0 ohne Schwierigkeiten,
  1 mit einigen, 2 mit großen Schwierigkeiten, 3 nicht möglich); aids und help nennen Kategorien,
  getrennt durch ";"; score ist der von der App berechnete HAQ-DI.</translation>
        </message>
    </context>
    <context>
        <name>CycleChart</name>
        <message>
            <source>Infusion cycle chart</source>
            <extracomment>The view's least height at 100 % text; it grows with the text size.</extracomment>
            <translation>Diagramm des Infusionszyklus</translation>
        </message>
        <message>
            <source>days since the IVIG course started</source>
            <translation>Tage seit Beginn des IVIG-Zyklus</translation>
        </message>
        <message>
            <source>median of the cycles</source>
            <translation>Median der Zyklen</translation>
        </message>
        <message>
            <source>middle half of the cycles (25–75 %)</source>
            <translation>mittlere Hälfte der Zyklen (25–75 %)</translation>
        </message>
        <message>
            <source>each cycle</source>
            <translation>jeder Zyklus</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{measure}&lt;/b&gt;: %n cycle(s)</source>
            <translation>
                <numerusform>&lt;b&gt;{measure}&lt;/b&gt;: %n Zyklus</numerusform>
                <numerusform>&lt;b&gt;{measure}&lt;/b&gt;: %n Zyklen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Daily</name>
        <message>
            <source>{day} already has a check-in</source>
            <translation>für den {day} gibt es schon einen Tageseintrag</translation>
        </message>
        <message>
            <source>{day} has a newer check-in</source>
            <translation>für den {day} gibt es einen neueren Tageseintrag</translation>
        </message>
        <message>
            <source>{what} on {day}</source>
            <translation>{what} am {day}</translation>
        </message>
        <message>
            <source>this site already has an entry for that day</source>
            <translation>für diese Stelle gibt es an diesem Tag schon einen Eintrag</translation>
        </message>
        <message>
            <source>this site has a newer entry for that day</source>
            <translation>für diese Stelle gibt es an diesem Tag einen neueren Eintrag</translation>
        </message>
        <message>
            <source>rash at {site} on {day}</source>
            <translation>Hautausschlag an {site} am {day}</translation>
        </message>
        <message>
            <source>a site is listed twice</source>
            <translation>eine Stelle ist doppelt aufgeführt</translation>
        </message>
        <message>
            <source>Saved the rash log</source>
            <translation>Hautausschlag-Einträge gespeichert</translation>
        </message>
        <message>
            <source>{test} {value}</source>
            <comment>a self-test and its count</comment>
            <translation>{test} {value}</translation>
        </message>
        <message>
            <source>{test} {value} {unit}</source>
            <comment>a self-test, value, unit</comment>
            <translation>{test} {value} {unit}</translation>
        </message>
        <message>
            <source>{day} was logged again since</source>
            <translation>der {day} wurde inzwischen neu eingetragen</translation>
        </message>
    </context>
    <context>
        <name>DateFormat</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>DD</source>
            <comment>letters for the day in a date pattern</comment>
            <translation>TT</translation>
        </message>
        <message>
            <source>MM</source>
            <comment>letters for the month in a date pattern</comment>
            <translation>MM</translation>
        </message>
        <message>
            <source>YYYY</source>
            <comment>letters for the year in a date pattern</comment>
            <translation>JJJJ</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>is empty: type a date like {example}</source>
            <translation>ist leer: Geben Sie ein Datum ein, z. B. {example}</translation>
        </message>
        <message>
            <source>“{typed}”: please type the year in full (four digits)</source>
            <translation>„{typed}“: Bitte geben Sie das Jahr vollständig ein (vier Ziffern)</translation>
        </message>
        <message>
            <source>“{typed}” is not a whole date: type it as {pattern}, e.g. {example}</source>
            <translation>„{typed}“ ist kein vollständiges Datum: Geben Sie es als {pattern} ein, z. B. {example}</translation>
        </message>
        <message>
            <source>“{typed}” is not a date in the calendar</source>
            <translation>„{typed}“ ist kein Datum im Kalender</translation>
        </message>
        <message>
            <source>{name}: calendar</source>
            <translation>{name}: Kalender</translation>
        </message>
        <message>
            <source>Calendar (Alt+Down or F4)</source>
            <translation>Kalender (Alt+Pfeil nach unten oder F4)</translation>
        </message>
        <message>
            <source>the latest date allowed ({date})</source>
            <translation>dem spätesten erlaubten Datum ({date})</translation>
        </message>
        <message>
            <source>{date} is after {limit}</source>
            <translation>{date} liegt nach {limit}</translation>
        </message>
        <message>
            <source>the earliest date allowed ({date})</source>
            <translation>dem frühesten erlaubten Datum ({date})</translation>
        </message>
        <message>
            <source>{date} is before {limit}</source>
            <translation>{date} liegt vor {limit}</translation>
        </message>
        <message>
            <source>⚠ {name}: {reason}</source>
            <translation>⚠ {name}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>{first}, {more}</source>
            <comment>a list of counts</comment>
            <translation>{first}, {more}</translation>
        </message>
        <message>
            <source>demo history {start} to {end}: {parts}</source>
            <translation>Demoverlauf {start} bis {end}: {parts}</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>%n Tageseintrag</numerusform>
                <numerusform>%n Tageseinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n self-test(s)</source>
            <translation>
                <numerusform>%n Selbsttest</numerusform>
                <numerusform>%n Selbsttests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rash entries</source>
            <translation>
                <numerusform>%n Hautausschlag-Eintrag</numerusform>
                <numerusform>%n Hautausschlag-Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n IVIG course(s)</source>
            <translation>
                <numerusform>%n IVIG-Zyklus</numerusform>
                <numerusform>%n IVIG-Zyklen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n infusion day(s)</source>
            <translation>
                <numerusform>%n Infusionstag</numerusform>
                <numerusform>%n Infusionstage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n side effect(s)</source>
            <translation>
                <numerusform>%n Nebenwirkung</numerusform>
                <numerusform>%n Nebenwirkungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lab result(s)</source>
            <translation>
                <numerusform>%n Laborwert</numerusform>
                <numerusform>%n Laborwerte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clinic visit(s)</source>
            <translation>
                <numerusform>%n Arzttermin</numerusform>
                <numerusform>%n Arzttermine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n HAQ-DI answer(s)</source>
            <translation>
                <numerusform>%n HAQ-DI-Antwort</numerusform>
                <numerusform>%n HAQ-DI-Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CHAQ answer(s)</source>
            <translation>
                <numerusform>%n CHAQ-Antwort</numerusform>
                <numerusform>%n CHAQ-Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dose row(s)</source>
            <translation>
                <numerusform>%n Dosiszeile</numerusform>
                <numerusform>%n Dosiszeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>--end {end} is in the future</source>
            <translation>--end {end} liegt in der Zukunft</translation>
        </message>
        <message>
            <source>years must be from 1 to 30, got {years}</source>
            <translation>die Jahre müssen zwischen 1 und 30 liegen, angegeben: {years}</translation>
        </message>
        <message>
            <source>{folder} already has data; demo data goes only into an empty data folder</source>
            <translation>{folder} enthält schon Daten; Demodaten kommen nur in einen leeren Datenordner</translation>
        </message>
    </context>
    <context>
        <name>Dosing</name>
        <message>
            <source>every day</source>
            <extracomment>The schedule's label (:data:`SCHEDULES`) in lower case, as a phrase says it.</extracomment>
            <translation>jeden Tag</translation>
        </message>
        <message>
            <source>every other day</source>
            <translation>jeden zweiten Tag</translation>
        </message>
        <message>
            <source>once a week</source>
            <translation>einmal pro Woche</translation>
        </message>
        <message>
            <source>in courses (e.g. ivig)</source>
            <translation>in Zyklen (z. B. IVIG)</translation>
        </message>
        <message>
            <source>when needed</source>
            <translation>bei Bedarf</translation>
        </message>
        <message>
            <source>per course</source>
            <translation>pro Zyklus</translation>
        </message>
        <message>
            <source>as needed</source>
            <translation>bei Bedarf</translation>
        </message>
        <message numerus="yes">
            <source>%n× a day</source>
            <translation>
                <numerusform>%n× täglich</numerusform>
                <numerusform>%n× täglich</numerusform>
            </translation>
        </message>
        <message>
            <source>once a week on {day}</source>
            <translation>einmal pro Woche am {day}</translation>
        </message>
        <message numerus="yes">
            <source>every day, %n time(s) a day</source>
            <translation>
                <numerusform>jeden Tag, %n-mal täglich</numerusform>
                <numerusform>jeden Tag, %n-mal täglich</numerusform>
            </translation>
        </message>
        <message>
            <source>once a week, on {day}</source>
            <translation>einmal pro Woche, am {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day</source>
            <translation>
                <numerusform>%n-mal täglich</numerusform>
                <numerusform>%n-mal täglich</numerusform>
            </translation>
        </message>
        <message>
            <source>every other day from {day}</source>
            <translation>jeden zweiten Tag ab {day}</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message numerus="yes">
            <source>%n× daily</source>
            <translation>
                <numerusform>%n× täglich</numerusform>
                <numerusform>%n× täglich</numerusform>
            </translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <source>weekly ({day})</source>
            <translation>wöchentlich ({day})</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Nothing logged yet. Start here: log your first day on Today (Ctrl+1); every day you log is listed here, newest first.</source>
            <translation>Noch nichts eingetragen. Beginnen Sie hier: Tragen Sie Ihren ersten Tag unter „Heute“ ein (Strg+1); jeder eingetragene Tag steht dann hier, der neueste zuerst.</translation>
        </message>
        <message>
            <source>No IVIG course, infusion or side effect recorded yet. Start here: plan your next course on Plan course (Alt+P), then record each infusion day on Infusions; log a side effect (Alt+E) whenever one comes.</source>
            <translation>Noch keine IVIG-Behandlung, Infusion oder Nebenwirkung eingetragen. Beginnen Sie hier: Planen Sie Ihre nächste Behandlung mit „Behandlung planen“, tragen Sie dann jeden Infusionstag unter „Infusionen“ ein; eine Nebenwirkung tragen Sie ein, sobald sie auftritt.</translation>
        </message>
        <message>
            <source>No clinic results yet. Start here: after a visit, add it with New visit… (Alt+N); lab results go on Labs and the HAQ-DI questionnaire on HAQ-DI.</source>
            <translation>Noch keine Ergebnisse vom Arzttermin. Beginnen Sie hier: Tragen Sie nach einem Termin diesen mit „Neuer Termin…“ ein; Laborwerte gehören unter „Labor“, der HAQ-DI-Fragebogen unter „HAQ-DI“.</translation>
        </message>
        <message>
            <source>Nothing to chart yet. Start here: log a few days on Today (Ctrl+1); the charts fill in as you go.</source>
            <translation>Noch nichts für die Diagramme. Beginnen Sie hier: Tragen Sie einige Tage unter „Heute“ ein (Strg+1); die Diagramme füllen sich nach und nach.</translation>
        </message>
        <message>
            <source>Your diary is still empty. Start here: log a few days on Today (Ctrl+1), then make a report for your clinic here. Backups are made every day on their own.</source>
            <translation>Ihr Tagebuch ist noch leer. Beginnen Sie hier: Tragen Sie einige Tage unter „Heute“ ein (Strg+1) und erstellen Sie dann hier einen Bericht für Ihren Arzttermin. Sicherungskopien werden jeden Tag von selbst angelegt.</translation>
        </message>
        <message>
            <source>What to do first</source>
            <translation>Was zuerst zu tun ist</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>this diary is not encrypted (encrypt it first)</source>
            <translation>dieses Tagebuch ist nicht verschlüsselt (verschlüsseln Sie es zuerst)</translation>
        </message>
        <message>
            <source>If you forget this passphrase, your diary cannot be opened again: not by you, not by anyone, not by the people who make dmtracker. There is no reset and no recovery. Write it down and keep it somewhere safe.</source>
            <translation>Wenn Sie diese Passphrase vergessen, lässt sich Ihr Tagebuch nie wieder öffnen: nicht von Ihnen, von niemandem, auch nicht von den Menschen, die dmtracker entwickeln. Es gibt kein Zurücksetzen und keine Wiederherstellung. Schreiben Sie sie auf und bewahren Sie sie an einem sicheren Ort auf.</translation>
        </message>
        <message>
            <source>the diary in {folder} is encrypted: its passphrase is needed</source>
            <translation>das Tagebuch in {folder} ist verschlüsselt: seine Passphrase wird gebraucht</translation>
        </message>
        <message>
            <source>is not the passphrase of this diary</source>
            <translation>ist nicht die Passphrase dieses Tagebuchs</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>wird gebraucht</translation>
        </message>
        <message>
            <source>must be at least {least} characters, got {got}</source>
            <translation>muss mindestens {least} Zeichen lang sein, angegeben: {got}</translation>
        </message>
        <message>
            <source>must not start or end with a space</source>
            <translation>darf nicht mit einem Leerzeichen beginnen oder enden</translation>
        </message>
        <message>
            <source>is not the same as the passphrase</source>
            <translation>stimmt nicht mit der Passphrase überein</translation>
        </message>
        <message>
            <source>the converted copy of {name} did not check out</source>
            <translation>die umgewandelte Kopie von {name} hat die Prüfung nicht bestanden</translation>
        </message>
        <message>
            <source>an unreadable {plan} was set aside as {aside}; nothing was changed</source>
            <translation>die unlesbare Datei {plan} wurde als {aside} beiseitegelegt; nichts wurde geändert</translation>
        </message>
        <message>
            <source>the interrupted encryption was undone: the diary is stored unencrypted</source>
            <translation>die unterbrochene Verschlüsselung wurde rückgängig gemacht: das Tagebuch ist unverschlüsselt gespeichert</translation>
        </message>
        <message>
            <source>the interrupted decryption was finished: the diary is stored unencrypted</source>
            <translation>die unterbrochene Entschlüsselung wurde abgeschlossen: das Tagebuch ist unverschlüsselt gespeichert</translation>
        </message>
        <message>
            <source>the interrupted encryption was finished: the diary is encrypted</source>
            <translation>die unterbrochene Verschlüsselung wurde abgeschlossen: das Tagebuch ist verschlüsselt</translation>
        </message>
        <message>
            <source>the interrupted decryption was undone: the diary is encrypted (run decrypt again to store it unencrypted)</source>
            <translation>die unterbrochene Entschlüsselung wurde rückgängig gemacht: das Tagebuch ist verschlüsselt (führen Sie decrypt noch einmal aus, um es unverschlüsselt zu speichern)</translation>
        </message>
        <message>
            <source>this diary is encrypted already</source>
            <translation>dieses Tagebuch ist bereits verschlüsselt</translation>
        </message>
        <message>
            <source>there is no diary in {folder}</source>
            <translation>in {folder} gibt es kein Tagebuch</translation>
        </message>
        <message>
            <source>the diary is damaged ({problem}); not changed</source>
            <translation>das Tagebuch ist beschädigt ({problem}); nichts geändert</translation>
        </message>
        <message>
            <source>the disk holding {folder} filled up during the encryption: free at least {size} there, then run any dmtracker command or start the app: it finishes the encryption</source>
            <translation>der Datenträger mit {folder} wurde während der Verschlüsselung voll: Machen Sie dort mindestens {size} frei, dann führen Sie einen beliebigen dmtracker-Befehl aus oder starten Sie die App: sie schließt die Verschlüsselung ab</translation>
        </message>
        <message>
            <source>the disk holding {folder} filled up during the decryption: free at least {size} there, then run any dmtracker command or start the app: it encrypts again what is unencrypted</source>
            <translation>der Datenträger mit {folder} wurde während der Entschlüsselung voll: Machen Sie dort mindestens {size} frei, dann führen Sie einen beliebigen dmtracker-Befehl aus oder starten Sie die App: sie verschlüsselt wieder, was unverschlüsselt ist</translation>
        </message>
        <message>
            <source>this diary is not encrypted</source>
            <translation>dieses Tagebuch ist nicht verschlüsselt</translation>
        </message>
        <message>
            <source>mixed: {plain_db} database files and {plain_photos} photos plain, {encrypted_db} database files and {sealed} photos encrypted</source>
            <translation>gemischt: {plain_db} Datenbankdateien und {plain_photos} Fotos unverschlüsselt, {encrypted_db} Datenbankdateien und {sealed} Fotos verschlüsselt</translation>
        </message>
        <message>
            <source>mixed: {plain_db} database files and {plain_photos} photos plain, {encrypted_db} database files and {sealed} photos (a vault that does not open) encrypted</source>
            <translation>gemischt: {plain_db} Datenbankdateien und {plain_photos} Fotos unverschlüsselt, {encrypted_db} Datenbankdateien und {sealed} Fotos (in einem Tresor, der sich nicht öffnen lässt) verschlüsselt</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>The demo profile holds made-up data and is not encrypted. Start your own diary to encrypt it.</source>
            <translation>Das Demo-Profil enthält erfundene Daten und wird nicht verschlüsselt. Beginnen Sie Ihr eigenes Tagebuch, um es zu verschlüsseln.</translation>
        </message>
        <message>
            <source>Storing your diary, its backups and photos unencrypted…</source>
            <translation>Ihr Tagebuch, seine Sicherungskopien und Fotos werden unverschlüsselt gespeichert…</translation>
        </message>
        <message numerus="yes">
            <source>Your diary and %n backup(s) are stored unencrypted now.</source>
            <translation>
                <numerusform>Ihr Tagebuch und %n Sicherungskopie sind jetzt unverschlüsselt gespeichert.</numerusform>
                <numerusform>Ihr Tagebuch und %n Sicherungskopien sind jetzt unverschlüsselt gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Encrypting your diary, its backups and photos…</source>
            <translation>Ihr Tagebuch, seine Sicherungskopien und Fotos werden verschlüsselt…</translation>
        </message>
        <message numerus="yes">
            <source>Your diary and %n backup(s) are encrypted now.</source>
            <translation>
                <numerusform>Ihr Tagebuch und %n Sicherungskopie sind jetzt verschlüsselt.</numerusform>
                <numerusform>Ihr Tagebuch und %n Sicherungskopien sind jetzt verschlüsselt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed: {problems}</source>
            <translation>Es wurde nichts geändert: {problems}</translation>
        </message>
    </context>
    <context>
        <name>Entries</name>
        <message>
            <source>an entry with this id is already in the diary</source>
            <translation>ein Eintrag mit dieser Kennung ist schon im Tagebuch</translation>
        </message>
    </context>
    <context>
        <name>EntriesCard</name>
        <message>
            <source>During the day</source>
            <translation>Im Tagesverlauf</translation>
        </message>
        <message>
            <source>No entries for this day. How are you now? Press Ctrl+N.</source>
            <translation>Keine Einträge an diesem Tag. Wie geht es Ihnen jetzt? Drücken Sie Strg+N.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>How you were</source>
            <translation>Wie es Ihnen ging</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Entries during the day</source>
            <translation>Einträge im Tagesverlauf</translation>
        </message>
        <message>
            <source>How are &amp;you now? (Ctrl+N)</source>
            <translation>Wie geht es Ihnen &amp;jetzt? (Strg+N)</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>Eintrag löschen</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>How are you now?</source>
            <translation>Wie geht es Ihnen jetzt?</translation>
        </message>
        <message>
            <source>Any of the scales, or only a note: 0 = none, 10 = worst imaginable. Tab moves to the next, Ctrl+Enter saves.</source>
            <translation>Beliebige Skalen oder nur eine Notiz: 0 = keine, 10 = schlimmstmöglich. Tab springt zur nächsten, Strg+Eingabe speichert.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>0 on a 0–10 scale</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <comment>10 on a 0–10 scale</comment>
            <translation>schlimmstmöglich</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Uhrzeit</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;otiz</translation>
        </message>
        <message>
            <source>give the time, like 09:30</source>
            <translation>geben Sie die Uhrzeit an, etwa 09:30</translation>
        </message>
        <message>
            <source>{scale} {value}</source>
            <translation>{scale} {value}</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>must be one of {choices}; got {got}</source>
            <translation>muss eines von {choices} sein; erhalten: {got}</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s) to {path}</source>
            <translation>
                <numerusform>%n Eintrag nach {path} exportiert</numerusform>
                <numerusform>%n Einträge nach {path} exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name</source>
            <translation>{path} gibt es schon; wählen Sie einen neuen Namen</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>den Ordner {folder} gibt es nicht</translation>
        </message>
        <message>
            <source>the JSON backup {reason} (its photos are in it), so it could not be imported again. Keep a copy of the whole data folder instead, or export CSV for the records.</source>
            <translation>die JSON-Sicherungskopie {reason} (die Fotos sind darin), sie könnte also nicht wieder importiert werden. Bewahren Sie stattdessen eine Kopie des ganzen Datenordners auf oder exportieren Sie die Einträge als CSV.</translation>
        </message>
    </context>
    <context>
        <name>ExportsCard</name>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>ZIP-Dateien (*.zip)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Backups, check-in tables and health exports (*.json *.csv *.zip *.xml);;All files (*)</source>
            <translation>Sicherungskopien, Tabellen mit Tageseinträgen und Gesundheitsexporte (*.json *.csv *.zip *.xml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Es wurde nichts importiert</translation>
        </message>
        <message>
            <source>Your diary is exactly as it was. Fix these lines in the file and import it again.</source>
            <translation>Ihr Tagebuch ist genau so wie vorher. Korrigieren Sie diese Zeilen in der Datei und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>Problems found, one per line</source>
            <translation>Gefundene Probleme, eines pro Zeile</translation>
        </message>
        <message>
            <source>&amp;Copy the list</source>
            <translation>Liste &amp;kopieren</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Take your data out of dmtracker: a spreadsheet for yourself, a complete backup to move to another computer (it can be imported again), or a FHIR file for a health-record system. Deleted entries are left out, except in the backup.</source>
            <translation>Ihre Daten aus dmtracker mitnehmen: eine Tabelle für Sie selbst, eine vollständige Sicherungskopie für einen anderen Computer (sie kann wieder importiert werden) oder eine FHIR-Datei für ein System mit Gesundheitsakten. Gelöschte Einträge fehlen, außer in der Sicherungskopie.</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>Export format</source>
            <translation>Exportformat</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export to a file</source>
            <translation>In eine Datei exportieren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Bring data in from a file:</source>
            <translation>Daten aus einer Datei übernehmen:</translation>
        </message>
        <message>
            <source>a complete backup (.json) made by dmtracker, into an empty diary;</source>
            <translation>eine vollständige Sicherungskopie (.json) von dmtracker, in ein leeres Tagebuch;</translation>
        </message>
        <message>
            <source>daily check-ins from a spreadsheet saved as CSV, with the columns of the check-in template (day as YYYY-MM-DD, scales 0–10, function items 0–3, notes);</source>
            <translation>Tageseinträge aus einer Tabelle, als CSV gespeichert, mit den Spalten der Vorlage für Tageseinträge (Tag als JJJJ-MM-TT, Skalen 0–10, Alltagsfragen 0–3, Notizen);</translation>
        </message>
        <message>
            <source>weight and daily steps from a phone or a scale: Apple Health's export.zip, an openScale CSV export, or Google Fit's 'Daily activity metrics.csv' from Google Takeout.</source>
            <translation>Gewicht und tägliche Schritte von einem Handy oder einer Waage: export.zip von Apple Health, ein CSV-Export von openScale oder Google Fits „Daily activity metrics.csv“ aus Google Takeout.</translation>
        </message>
        <message>
            <source>If any row has a problem, nothing is imported and you get the list of lines to fix. Days already in your diary with the same values are skipped, and a day's steps or weight are never counted twice.</source>
            <translation>Hat eine Zeile einen Fehler, wird nichts importiert, und Sie bekommen die Liste der Zeilen, die zu korrigieren sind. Tage, die mit denselben Werten schon in Ihrem Tagebuch stehen, werden übersprungen, und Schritte oder Gewicht eines Tages werden nie doppelt gezählt.</translation>
        </message>
        <message>
            <source>Import a backup, check-ins, weight or steps</source>
            <translation>Sicherungskopie, Tageseinträge, Gewicht oder Schritte importieren</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>Datei &amp;importieren…</translation>
        </message>
        <message>
            <source>Save the check-in &amp;template…</source>
            <translation>&amp;Vorlage für Tageseinträge speichern…</translation>
        </message>
        <message>
            <source>Export your data</source>
            <translation>Ihre Daten exportieren</translation>
        </message>
        <message>
            <source>Export not written</source>
            <translation>Export nicht geschrieben</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Export abgeschlossen</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>{path} could not be read: {reason}</source>
            <translation>{path} konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>The import was cancelled before it was saved: your diary is exactly as it was.</source>
            <translation>Der Import wurde abgebrochen, bevor etwas gespeichert wurde: Ihr Tagebuch ist genau so wie vorher.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} wird importiert…</translation>
        </message>
        <message>
            <source>Save the check-in template</source>
            <translation>Vorlage für Tageseinträge speichern</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Template not saved</source>
            <translation>Vorlage nicht gespeichert</translation>
        </message>
        <message>
            <source>Template saved</source>
            <translation>Vorlage gespeichert</translation>
        </message>
        <message>
            <source>The check-in template was saved to
{path}

Open it in your spreadsheet, keep the first line, replace the two example days with yours, save as CSV (UTF-8) and import it here.</source>
            <translation>Die Vorlage für Tageseinträge wurde gespeichert unter
{path}

Öffnen Sie sie in Ihrer Tabellenkalkulation, behalten Sie die erste Zeile, ersetzen Sie die zwei Beispieltage durch Ihre eigenen, speichern Sie als CSV (UTF-8) und importieren Sie die Datei hier.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpCard</name>
        <message>
            <source>Follow-up</source>
            <translation>Nachfrage</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Kopfschmerzen</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>Fieber</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <source>How bad is it</source>
            <translation>Wie schlimm ist es</translation>
        </message>
        <message>
            <source>Nausea</source>
            <translation>Übelkeit</translation>
        </message>
        <message>
            <source>Anything else</source>
            <translation>Sonst noch etwas</translation>
        </message>
        <message>
            <source>none</source>
            <comment>0 on a 0–10 scale</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>5 on a 0–10 scale</comment>
            <translation>mittel</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <comment>10 on a 0–10 scale</comment>
            <translation>schlimmstmöglich</translation>
        </message>
        <message>
            <source>⚠ Any warning s&amp;igns? Show the list</source>
            <translation>⚠ Warnzeichen? L&amp;iste zeigen</translation>
        </message>
        <message>
            <source>⚠ Warning s&amp;igns: hide the list</source>
            <translation>⚠ Warnzeichen: L&amp;iste ausblenden</translation>
        </message>
        <message>
            <source>For example chest pain, new or worse breathlessness, blue lips, a swollen painful leg, a drooping face, sudden confusion, a stiff neck, dark urine, much less urine, throat swelling, mouth ulcers or unusual bruising.</source>
            <translation>Zum Beispiel Brustschmerzen, neue oder stärkere Atemnot, blaue Lippen, ein geschwollenes, schmerzendes Bein, eine hängende Gesichtshälfte, plötzliche Verwirrtheit, ein steifer Nacken, dunkler Urin, viel weniger Urin, eine Schwellung im Hals, wunde Stellen im Mund oder ungewöhnliche blaue Flecken.</translation>
        </message>
        <message>
            <source>After your infusion</source>
            <translation>Nach Ihrer Infusion</translation>
        </message>
        <message>
            <source>Infusion follow-up</source>
            <translation>Nachfrage nach der Infusion</translation>
        </message>
        <message>
            <source>Fev&amp;er</source>
            <translation>&amp;Fieber</translation>
        </message>
        <message>
            <source>Na&amp;usea or being sick</source>
            <translation>Ü&amp;belkeit oder Erbrechen</translation>
        </message>
        <message>
            <source>e.g. chills, tiredness, rash – in your own words</source>
            <translation>z. B. Schüttelfrost, Müdigkeit, Hautausschlag – in Ihren eigenen Worten</translation>
        </message>
        <message>
            <source>°C, e.g. 38.2</source>
            <translation>°C, z. B. 38,2</translation>
        </message>
        <message>
            <source>Temperature in °C</source>
            <translation>Temperatur in °C</translation>
        </message>
        <message>
            <source>Te&amp;mperature (°C), if you measured it</source>
            <translation>Te&amp;mperatur (°C), falls Sie gemessen haben</translation>
        </message>
        <message>
            <source>38.0 °C or more is a warning sign while you take medicines like prednisone or methotrexate.</source>
            <translation>38,0 °C oder mehr ist ein Warnzeichen, solange Sie Medikamente wie Kortison (Prednison) oder Methotrexat nehmen.</translation>
        </message>
        <message>
            <source>Head&amp;ache (0 none – 10 worst)</source>
            <translation>&amp;Kopfschmerzen (0 keine – 10 schlimmste)</translation>
        </message>
        <message>
            <source>Anything e&amp;lse</source>
            <translation>Sonst noch &amp;etwas</translation>
        </message>
        <message>
            <source>Urgent message</source>
            <translation>Dringender Hinweis</translation>
        </message>
        <message>
            <source>Show the warning signs to tick</source>
            <translation>Die Warnzeichen zum Ankreuzen zeigen</translation>
        </message>
        <message>
            <source>Warning sign: {term}</source>
            <translation>Warnzeichen: {term}</translation>
        </message>
        <message>
            <source>Tick any you have now: the app shows at once what to do.</source>
            <translation>Kreuzen Sie an, was Sie jetzt haben: Die App zeigt sofort, was zu tun ist.</translation>
        </message>
        <message>
            <source>– choose how bad it is –</source>
            <translation>– wählen Sie, wie schlimm es ist –</translation>
        </message>
        <message>
            <source>Serious: I went to &amp;hospital, or it could have killed me</source>
            <translation>S&amp;chwerwiegend: Ich war im Krankenhaus, oder es war lebensgefährlich</translation>
        </message>
        <message>
            <source>How &amp;bad is the warning sign?</source>
            <translation>&amp;Wie schlimm ist das Warnzeichen?</translation>
        </message>
        <message>
            <source>Save follo&amp;w-up</source>
            <translation>Antworten s&amp;peichern</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Day {offset} after infusion day {number} of {count} ({day}, {when}). How are you today?</source>
            <translation>Tag {offset} nach Infusionstag {number} von {count} ({day}, {when}). Wie geht es Ihnen heute?</translation>
        </message>
        <message>
            <source>day {offset} after infusion day {number}</source>
            <translation>Tag {offset} nach Infusionstag {number}</translation>
        </message>
        <message>
            <source>This also answers {days}.</source>
            <translation>Damit ist auch beantwortet: {days}.</translation>
        </message>
        <message>
            <source> and </source>
            <comment>joins the days of a list</comment>
            <translation> und </translation>
        </message>
        <message>
            <source>Asked for 3 days after each infusion day; it takes a few seconds.</source>
            <translation>Gefragt wird an den 3 Tagen nach jedem Infusionstag; es dauert nur ein paar Sekunden.</translation>
        </message>
        <message>
            <source>✓ Today's follow-up is saved. Thank you.</source>
            <translation>✓ Ihre Antworten für heute sind gespeichert. Danke.</translation>
        </message>
        <message>
            <source>⚠ {title} ({signs}): {message}</source>
            <translation>⚠ {title} ({signs}): {message}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the signs of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>you chose to change your answer; nothing was saved</source>
            <translation>Sie wollten Ihre Antwort ändern; nichts wurde gespeichert</translation>
        </message>
        <message>
            <source>How bad is it: choose a grade for the warning sign (none is chosen for you)</source>
            <translation>Wie schlimm ist es: Wählen Sie einen Schweregrad für das Warnzeichen (die App wählt keinen für Sie aus)</translation>
        </message>
        <message>
            <source>{saved}. {recorded}</source>
            <translation>{saved}. {recorded}</translation>
        </message>
    </context>
    <context>
        <name>FormKit</name>
        <message>
            <source>{item} {n}, {column}</source>
            <translation>{item} {n}, {column}</translation>
        </message>
        <message>
            <source>{item} {n}</source>
            <translation>{item} {n}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field}: {reason}</translation>
        </message>
        <message>
            <source>Problems with the form</source>
            <translation>Probleme im Formular</translation>
        </message>
        <message>
            <source>Form status</source>
            <translation>Status des Formulars</translation>
        </message>
        <message>
            <source>{prefix}. Please check:</source>
            <translation>{prefix}. Bitte prüfen Sie:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Problem: {reason}</source>
            <translation>Problem: {reason}</translation>
        </message>
        <message>
            <source>computed by the app</source>
            <translation>von der App berechnet</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>must be a time like 09:30, got {text!r}</source>
            <translation>muss eine Uhrzeit wie 09:30 sein, eingegeben wurde {text!r}</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Speichern (Strg+S)</translation>
        </message>
    </context>
    <context>
        <name>HaqDialog</name>
        <message>
            <source>No validated {language} translation of the HAQ-DI is included in dmtracker, so its questions are shown in the English original. Your clinic may give you its validated version.</source>
            <extracomment>The two pages of the Stanford HAQ: items of four categories, then aids and help for them.</extracomment>
            <translation>dmtracker enthält keine validierte Übersetzung des HAQ-DI auf {language}. Deshalb werden die Fragen im englischen Original gezeigt. Ihre Klinik oder Praxis kann Ihnen die validierte Fassung geben.</translation>
        </message>
        <message>
            <source>Edit HAQ-DI answers</source>
            <translation>HAQ-DI-Antworten bearbeiten</translation>
        </message>
        <message>
            <source>HAQ-DI questionnaire</source>
            <translation>HAQ-DI-Fragebogen</translation>
        </message>
        <message>
            <source>&amp;Date answered</source>
            <translation>&amp;Datum der Antworten</translation>
        </message>
        <message>
            <source>Tab moves to the next question; the arrow keys or 0–3 choose an answer; Delete clears it. The aids and help come after the questions.</source>
            <translation>Die Tabulatortaste geht zur nächsten Frage; die Pfeiltasten oder 0–3 wählen eine Antwort; Entf löscht sie. Hilfsmittel und Hilfe folgen nach den Fragen.</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>HAQ-DI score</source>
            <translation>HAQ-DI-Wert</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>Item {number}, {question} {answer}</source>
            <translation>Frage {number}, {question} {answer}</translation>
        </message>
        <message>
            <source>Aids or devices, and help from another person</source>
            <translation>Hilfsmittel und Hilfe durch eine andere Person</translation>
        </message>
        <message>
            <source>Aid or device for {category}: {devices}</source>
            <translation>Hilfsmittel für {category}: {devices}</translation>
        </message>
        <message>
            <source>Help from another person for {category}</source>
            <translation>Hilfe durch eine andere Person für {category}</translation>
        </message>
        <message>
            <source>HAQ-DI: not scored yet – it needs answers in at least {least} of the 8 categories ({answered} so far; {items} of 20 items answered).</source>
            <translation>HAQ-DI: noch nicht berechnet – dafür sind Antworten in mindestens {least} der 8 Kategorien nötig (bisher {answered}; {items} von 20 Fragen beantwortet).</translation>
        </message>
        <message>
            <source>HAQ-DI {score} (computed by the app; {answered} of 8 categories, {items} of 20 items answered)</source>
            <translation>HAQ-DI {score} (von der App berechnet; {answered} von 8 Kategorien, {items} von 20 Fragen beantwortet)</translation>
        </message>
        <message>
            <source>answer at least one question</source>
            <translation>bitte mindestens eine Frage beantworten</translation>
        </message>
    </context>
    <context>
        <name>HealthImport</name>
        <message>
            <source>holds one element, text or comment of more than {limit} MB, which an Apple Health export never does (a damaged or forged file)</source>
            <translation>enthält ein Element, einen Text oder einen Kommentar von mehr als {limit} MB, was ein Apple-Health-Export nie tut (eine beschädigte oder gefälschte Datei)</translation>
        </message>
        <message>
            <source>is {size} MB, larger than the {limit} MB an Apple Health export is read up to</source>
            <translation>ist {size} MB groß, mehr als die {limit} MB, bis zu denen ein Apple-Health-Export gelesen wird</translation>
        </message>
        <message>
            <source>has no apple_health_export/export.xml: is it the export.zip of the Health app?</source>
            <translation>enthält keine apple_health_export/export.xml: Ist es die export.zip der Health-App?</translation>
        </message>
        <message>
            <source>is a damaged zip file ({reason})</source>
            <translation>ist eine beschädigte ZIP-Datei ({reason})</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>holds {size} MB of XML, more than the {limit} MB an Apple Health export is read up to (a damaged or forged file)</source>
            <translation>enthält {size} MB XML, mehr als die {limit} MB, bis zu denen ein Apple-Health-Export gelesen wird (eine beschädigte oder gefälschte Datei)</translation>
        </message>
        <message>
            <source>declares XML entities ({what}), which an Apple Health export never does: an XML bomb or a forged file, not read</source>
            <translation>deklariert XML-Entitäten ({what}), was ein Apple-Health-Export nie tut: eine XML-Bombe oder eine gefälschte Datei, nicht gelesen</translation>
        </message>
        <message>
            <source>is not well-formed XML at column {column} ({reason})</source>
            <translation>ist in Spalte {column} kein gültiges XML ({reason})</translation>
        </message>
        <message>
            <source>nests more than {depth} elements deep or holds more than {most} in one record (after record {n}), which an Apple Health export never does (a damaged or forged file)</source>
            <translation>verschachtelt Elemente tiefer als {depth} Ebenen oder enthält mehr als {most} in einem Eintrag (nach Eintrag {n}), was ein Apple-Health-Export nie tut (eine beschädigte oder gefälschte Datei)</translation>
        </message>
        <message>
            <source>is not an Apple Health export (it does not start with &lt;HealthData&gt;)</source>
            <translation>ist kein Apple-Health-Export (er beginnt nicht mit &lt;HealthData&gt;)</translation>
        </message>
        <message>
            <source>record {n} ({kind}, {start})</source>
            <translation>Eintrag {n} ({kind}, {start})</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} ist kein Datum</translation>
        </message>
        <message>
            <source>{value} is not a number of steps</source>
            <translation>{value} ist keine Schrittzahl</translation>
        </message>
        <message>
            <source>steps from more than {most} sources and days: not an export of one person</source>
            <translation>Schritte aus mehr als {most} Quellen und Tagen: kein Export einer einzelnen Person</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>{unit} is not a unit of weight (kg, lb, st or g)</source>
            <translation>{unit} ist keine Gewichtseinheit (kg, lb, st oder g)</translation>
        </message>
        <message>
            <source>{kg} kg is not a body weight (it must be {lo} to {hi} kg)</source>
            <translation>{kg} kg ist kein Körpergewicht (es muss zwischen {lo} und {hi} kg liegen)</translation>
        </message>
        <message>
            <source>{day} is before {earliest}</source>
            <translation>{day} liegt vor dem {earliest}</translation>
        </message>
        <message>
            <source>{day} is in the future</source>
            <translation>{day} liegt in der Zukunft</translation>
        </message>
        <message>
            <source>{steps} steps on {day} is more than {most} steps a day can hold</source>
            <translation>{steps} Schritte am {day} sind mehr als die {most} Schritte, die ein Tag haben kann</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {at}); save it again as UTF-8</source>
            <translation>ist kein UTF-8-Text (Byte {at}); bitte erneut als UTF-8 speichern</translation>
        </message>
        <message>
            <source>the file has more than {rows} lines</source>
            <translation>die Datei hat mehr als {rows} Zeilen</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({reason})</source>
            <translation>kann nicht als CSV gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>is a zip of {entries} files, more than the {most} an export holds (a damaged or forged file)</source>
            <translation>ist eine ZIP-Datei mit {entries} Dateien, mehr als die {most}, die ein Export enthält (eine beschädigte oder gefälschte Datei)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>the header has no such column</source>
            <translation>die Kopfzeile hat diese Spalte nicht</translation>
        </message>
        <message>
            <source>the header has neither a '{steps}' nor a '{weight}' column</source>
            <translation>die Kopfzeile hat weder eine Spalte „{steps}“ noch „{weight}“</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>steht zweimal in der Kopfzeile</translation>
        </message>
        <message>
            <source>there are no lines below the header</source>
            <translation>unter der Kopfzeile stehen keine Zeilen</translation>
        </message>
        <message>
            <source>has no 'Daily activity metrics.csv': is it a Google Takeout of Fit?</source>
            <translation>enthält keine „Daily activity metrics.csv“: Ist es ein Google-Takeout von Fit?</translation>
        </message>
        <message>
            <source>is larger than the {limit} MB an import reads</source>
            <translation>ist größer als die {limit} MB, die ein Import liest</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <translation>{value} ist kein Datum (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>{day} is also on line {other}</source>
            <translation>{day} steht auch in Zeile {other}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message numerus="yes">
            <source>steps: %n new day(s), {merged} updated to a larger count, {unchanged} already in the diary</source>
            <translation>
                <numerusform>Schritte: %n neuer Tag, {merged} auf eine höhere Zahl aktualisiert, {unchanged} schon im Tagebuch</numerusform>
                <numerusform>Schritte: %n neue Tage, {merged} auf eine höhere Zahl aktualisiert, {unchanged} schon im Tagebuch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>weights: %n new; days that already had a weight, left as they are: {already}</source>
            <translation>
                <numerusform>Gewicht: %n neuer Wert; Tage, die schon ein Gewicht hatten und unverändert bleiben: {already}</numerusform>
                <numerusform>Gewicht: %n neue Werte; Tage, die schon ein Gewicht hatten und unverändert bleiben: {already}</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: {steps}; {weights}</source>
            <translation>{file}: {steps}; {weights}</translation>
        </message>
        <message>
            <source>is not a column of an openScale export (its columns: {all})</source>
            <translation>ist keine Spalte eines openScale-Exports (seine Spalten: {all})</translation>
        </message>
        <message>
            <source>{value} is not a date and time (like 31.12.2026 08:15)</source>
            <translation>{value} ist kein Datum mit Uhrzeit (wie 31.12.2026 08:15)</translation>
        </message>
        <message>
            <source>does not exist</source>
            <translation>existiert nicht</translation>
        </message>
        <message>
            <source>is not an Apple Health export (export.zip or export.xml), an openScale CSV export or Google Fit's 'Daily activity metrics.csv'</source>
            <translation>ist weder ein Apple-Health-Export (export.zip oder export.xml) noch ein openScale-CSV-Export noch die „Daily activity metrics.csv“ von Google Fit</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>{count} (highest: {scale} {value})</source>
            <translation>{count} (höchster: {scale} {value})</translation>
        </message>
        <message>
            <source>Filter: a date like 2026-03, a word from the notes…</source>
            <translation>Filter: ein Datum wie 03.2026, ein Wort aus den Notizen…</translation>
        </message>
        <message>
            <source>Filter the history by text</source>
            <translation>Die Chronik nach Text filtern</translation>
        </message>
        <message>
            <source>Filte&amp;r:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Only fro&amp;m</source>
            <translation>Nur &amp;von</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <comment>from one date to another</comment>
            <translation>&amp;bis</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Self-tests</source>
            <translation>Selbsttests</translation>
        </message>
        <message>
            <source>Rash score</source>
            <translation>Ausschlag-Wert</translation>
        </message>
        <message>
            <source>{label}: redness + scaling + 2 per open sore, over the sites</source>
            <translation>{label}: Rötung + Schuppung + 2 je offener Wunde, über alle Stellen zusammengezählt</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <source>Entries during the day: how many, and the highest value of the day</source>
            <translation>Einträge im Tagesverlauf: wie viele, und der höchste Wert des Tages</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Logged days</source>
            <translation>Eingetragene Tage</translation>
        </message>
        <message>
            <source>&amp;Open the day (Enter)</source>
            <translation>&amp;Tag öffnen (Enter)</translation>
        </message>
        <message>
            <source>&amp;Delete the day (Delete)</source>
            <translation>Tag &amp;löschen (Entf)</translation>
        </message>
        <message>
            <source>&amp;Undo (Ctrl+Z)</source>
            <translation>&amp;Rückgängig (Strg+Z)</translation>
        </message>
        <message>
            <source>Deleted {day}. Ctrl+Z brings it back.</source>
            <translation>{day} gelöscht. Strg+Z holt den Tag zurück.</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Rückgängig machen nicht möglich</translation>
        </message>
        <message>
            <source>Restored {day}.</source>
            <translation>{day} wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>is {size}, larger than the {limit} an import reads</source>
            <translation>ist {size} groß, mehr als die {limit}, die ein Import liest</translation>
        </message>
        <message>
            <source>cannot be read ({error})</source>
            <translation>lässt sich nicht lesen ({error})</translation>
        </message>
        <message>
            <source>is larger than the {limit} an import reads</source>
            <translation>ist größer als die {limit}, die ein Import liest</translation>
        </message>
        <message>
            <source>holds more than {n:,} records</source>
            <translation>enthält mehr als {n} Einträge</translation>
        </message>
        <message>
            <source>holds more than {n:,} values</source>
            <translation>enthält mehr als {n} Werte</translation>
        </message>
        <message>
            <source>is not UTF-8 text, so it is not a dmtracker backup</source>
            <translation>ist kein UTF-8-Text und damit keine dmtracker-Sicherung</translation>
        </message>
        <message>
            <source>holds more text than an import reads</source>
            <translation>enthält mehr Text, als ein Import liest</translation>
        </message>
        <message>
            <source>would be {size}, larger than the {limit} an import reads</source>
            <translation>wäre {size} groß, mehr als die {limit}, die ein Import liest</translation>
        </message>
        <message>
            <source>would hold more than {n:,} records</source>
            <translation>würde mehr als {n} Einträge enthalten</translation>
        </message>
        <message>
            <source>would hold more than {n:,} values</source>
            <translation>würde mehr als {n} Werte enthalten</translation>
        </message>
        <message>
            <source>is not valid JSON ({error}, column {column})</source>
            <translation>ist kein gültiges JSON ({error}, Spalte {column})</translation>
        </message>
        <message>
            <source>is nested too deeply (more than {n} levels)</source>
            <translation>ist zu tief verschachtelt (mehr als {n} Ebenen)</translation>
        </message>
        <message>
            <source>holds a number with too many digits</source>
            <translation>enthält eine Zahl mit zu vielen Ziffern</translation>
        </message>
        <message>
            <source>holds text that is not valid Unicode (a lone surrogate) in {text!r}</source>
            <translation>enthält Text, der kein gültiges Unicode ist (ein einzelnes Surrogat), in {text!r}</translation>
        </message>
        <message>
            <source>does not exist</source>
            <translation>gibt es nicht</translation>
        </message>
        <message>
            <source>{source} is already in this diary: nothing was changed</source>
            <translation>{source} ist schon in diesem Tagebuch: nichts wurde geändert</translation>
        </message>
        <message>
            <source>this diary already has records. A backup is imported only into an empty diary (so nothing is mixed up or duplicated). To go back to an earlier copy of this diary, restore a backup instead; to add days from a spreadsheet, import a check-in CSV. (In the demo profile, choose 'Start my own diary' first.)</source>
            <translation>dieses Tagebuch enthält schon Einträge. Eine Sicherung wird nur in ein leeres Tagebuch importiert (damit nichts vermischt oder doppelt wird). Um zu einem früheren Stand dieses Tagebuchs zurückzukehren, stellen Sie stattdessen eine Sicherungskopie wieder her; um Tage aus einer Tabelle hinzuzufügen, importieren Sie eine CSV-Datei mit Tageseinträgen. (Im Demoprofil wählen Sie zuerst „Mein eigenes Tagebuch beginnen“.)</translation>
        </message>
        <message>
            <source>breaks a rule of the database ({reason})</source>
            <translation>verstößt gegen eine Regel der Datenbank ({reason})</translation>
        </message>
        <message>
            <source>Imported {total:,} records from {source} and {photos} photos</source>
            <translation>{total} Einträge und {photos} Fotos aus {source} importiert</translation>
        </message>
        <message>
            <source>Imported {total:,} records from {source}</source>
            <translation>{total} Einträge aus {source} importiert</translation>
        </message>
        <message>
            <source>is not a dmtracker backup (no "format": "{name}")</source>
            <translation>ist keine dmtracker-Sicherung (kein "format": "{name}")</translation>
        </message>
        <message>
            <source>must be a whole number, got {value!r}</source>
            <translation>muss eine ganze Zahl sein, angegeben: {value!r}</translation>
        </message>
        <message>
            <source>this backup was written by a newer dmtracker (backup format {version}); this version reads format {known}. Install the newer version to import it.</source>
            <translation>diese Sicherung wurde von einem neueren dmtracker geschrieben (Sicherungsformat {version}); diese Version liest Format {known}. Installieren Sie die neuere Version, um sie zu importieren.</translation>
        </message>
        <message>
            <source>this backup holds data of database schema {revision!r}, which this version of dmtracker does not know (it may be newer). Install the newer version.</source>
            <translation>diese Sicherung enthält Daten des Datenbankschemas {revision!r}, das diese Version von dmtracker nicht kennt (es ist vielleicht neuer). Installieren Sie die neuere Version.</translation>
        </message>
        <message>
            <source>is missing or is not an object of tables</source>
            <translation>fehlt oder ist kein Objekt mit Tabellen</translation>
        </message>
        <message>
            <source>has an unknown table {name!r}</source>
            <translation>hat eine unbekannte Tabelle {name!r}</translation>
        </message>
        <message>
            <source>must be a list of records</source>
            <translation>muss eine Liste von Einträgen sein</translation>
        </message>
        <message>
            <source>must be an object of column values</source>
            <translation>muss ein Objekt mit Spaltenwerten sein</translation>
        </message>
        <message>
            <source>{value!r} appears twice in {table}</source>
            <translation>{value!r} kommt in {table} zweimal vor</translation>
        </message>
        <message>
            <source>refers to {table} {id}, which is missing</source>
            <translation>verweist auf {table} {id}, das fehlt</translation>
        </message>
        <message>
            <source>repeats {record} ({columns})</source>
            <translation>wiederholt {record} ({columns})</translation>
        </message>
        <message>
            <source>{table} record {n}</source>
            <translation>{table} Eintrag {n}</translation>
        </message>
        <message>
            <source>{table} record {n}, {key} {id}</source>
            <translation>{table} Eintrag {n}, {key} {id}</translation>
        </message>
        <message>
            <source>is not a column of {table}</source>
            <translation>ist keine Spalte von {table}</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>muss eine Liste sein</translation>
        </message>
        <message>
            <source>photo {n}</source>
            <comment>the place of a problem</comment>
            <translation>Foto {n}</translation>
        </message>
        <message>
            <source>must be an object with path, sha256 and data</source>
            <translation>muss ein Objekt mit path, sha256 und data sein</translation>
        </message>
        <message>
            <source>a {type}</source>
            <comment>a value of a JSON type</comment>
            <translation>ein {type}</translation>
        </message>
        <message>
            <source>{value} is not the photo of any rash entry</source>
            <translation>{value} ist kein Foto eines Hautausschlag-Eintrags</translation>
        </message>
        <message>
            <source>is not base64 text</source>
            <translation>ist kein Base64-Text</translation>
        </message>
        <message>
            <source>{file} is larger than 40 MB</source>
            <translation>{file} ist größer als 40 MB</translation>
        </message>
        <message>
            <source>does not match the checksum of {file}</source>
            <translation>passt nicht zur Prüfsumme von {file}</translation>
        </message>
        <message>
            <source>{file} already exists with other content</source>
            <translation>{file} gibt es schon mit anderem Inhalt</translation>
        </message>
        <message>
            <source>must be a photo path like photos/2026/name.png, got {value!r}</source>
            <translation>muss ein Fotopfad wie photos/2026/name.png sein, angegeben: {value!r}</translation>
        </message>
        <message>
            <source>must be 64 lower-case hexadecimal digits</source>
            <translation>muss aus 64 hexadezimalen Kleinbuchstaben und Ziffern bestehen</translation>
        </message>
        <message>
            <source>must be a LOINC code like 2157-6, got {value!r}</source>
            <translation>muss ein LOINC-Code wie 2157-6 sein, angegeben: {value!r}</translation>
        </message>
        <message>
            <source>must be text of at most 120 characters</source>
            <translation>muss Text aus höchstens 120 Zeichen sein</translation>
        </message>
        <message>
            <source>{column} {here} here, {there} in the diary</source>
            <translation>{column} hier {here}, im Tagebuch {there}</translation>
        </message>
        <message>
            <source>{day} already has a check-in with other values ({differences}). Change that day in the app, or remove this line.</source>
            <translation>für den {day} gibt es schon einen Tageseintrag mit anderen Werten ({differences}). Ändern Sie diesen Tag in der App oder entfernen Sie diese Zeile.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n check-in(s) from {source}; {skipped:,} days were already in the diary with the same values</source>
            <translation>
                <numerusform>%n Tageseintrag aus {source} importiert; {skipped} Tage waren mit denselben Werten schon im Tagebuch</numerusform>
                <numerusform>%n Tageseinträge aus {source} importiert; {skipped} Tage waren mit denselben Werten schon im Tagebuch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n check-in(s) from {source}</source>
            <translation>
                <numerusform>%n Tageseintrag aus {source} importiert</numerusform>
                <numerusform>%n Tageseinträge aus {source} importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>the file is empty; its first line must name the columns: {columns}</source>
            <translation>die Datei ist leer; ihre erste Zeile muss die Spalten nennen: {columns}</translation>
        </message>
        <message>
            <source>has more than {n:,} cells</source>
            <translation>hat mehr als {n} Zellen</translation>
        </message>
        <message>
            <source>is longer than {n:,} characters</source>
            <translation>ist länger als {n} Zeichen</translation>
        </message>
        <message>
            <source>the file has more than {n:,} rows</source>
            <translation>die Datei hat mehr als {n} Zeilen</translation>
        </message>
        <message>
            <source>{day} is also on line {line}</source>
            <translation>der {day} steht auch in Zeile {line}</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({error})</source>
            <translation>lässt sich nicht als CSV lesen ({error})</translation>
        </message>
        <message>
            <source>there are no check-ins below the header line</source>
            <translation>unter der Kopfzeile stehen keine Tageseinträge</translation>
        </message>
        <message>
            <source>is not a check-in column (the columns are: {columns})</source>
            <translation>ist keine Spalte der Tageseinträge (die Spalten sind: {columns})</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>kommt in der Kopfzeile zweimal vor</translation>
        </message>
        <message>
            <source>the header must have a 'day' column (dates as YYYY-MM-DD)</source>
            <translation>die Kopfzeile braucht eine Spalte „day“ (Datumsangaben als JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>a column in the header has no name</source>
            <translation>eine Spalte in der Kopfzeile hat keinen Namen</translation>
        </message>
        <message>
            <source>has {cells} cells but the header has {columns} columns</source>
            <translation>hat {cells} Zellen, aber die Kopfzeile hat {columns} Spalten</translation>
        </message>
        <message>
            <source>has a value in a column without a name: {value!r}</source>
            <translation>hat einen Wert in einer Spalte ohne Namen: {value!r}</translation>
        </message>
        <message>
            <source>is not UTF-8 text; save it as 'CSV UTF-8' and try again</source>
            <translation>ist kein UTF-8-Text; speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es noch einmal</translation>
        </message>
        <message>
            <source>(empty)</source>
            <comment>an empty cell of a CSV file</comment>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>file</source>
            <comment>the place of a problem: the file as a whole</comment>
            <translation>Datei</translation>
        </message>
        <message>
            <source>line {line} ({record})</source>
            <translation>Zeile {line} ({record})</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>{place}, {field}</source>
            <comment>where a problem is: line, column</comment>
            <translation>{place}, {field}</translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <translation>{where}: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{source} was not imported (%n problem(s)); nothing was changed</source>
            <translation>
                <numerusform>{source} wurde nicht importiert (%n Problem); nichts wurde geändert</numerusform>
                <numerusform>{source} wurde nicht importiert (%n Probleme); nichts wurde geändert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message numerus="yes">
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>%n Tageseintrag</numerusform>
                <numerusform>%n Tageseinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>entries during the day: %n</source>
            <translation>
                <numerusform>Einträge im Tagesverlauf: %n</numerusform>
                <numerusform>Einträge im Tagesverlauf: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weight(s)</source>
            <translation>
                <numerusform>%n Gewicht</numerusform>
                <numerusform>%n Gewichte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) of steps</source>
            <translation>
                <numerusform>%n Tag mit Schritten</numerusform>
                <numerusform>%n Tage mit Schritten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n side effect(s)</source>
            <translation>
                <numerusform>%n Nebenwirkung</numerusform>
                <numerusform>%n Nebenwirkungen</numerusform>
            </translation>
        </message>
        <message>
            <source>is not a folder: {path}</source>
            <translation>ist kein Ordner: {path}</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>Imported {file}: {what}</source>
            <translation>{file} übernommen: {what}</translation>
        </message>
        <message>
            <source>Rejected in the review list (no problems were found).</source>
            <translation>In der Prüfliste abgelehnt (es wurden keine Probleme gefunden).</translation>
        </message>
        <message>
            <source>from the inbox ({device})</source>
            <translation>aus dem Eingangsordner ({device})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>is {kind!r}; it must be entry, weight, steps or side_effect</source>
            <translation>ist {kind!r}; erlaubt sind entry, weight, steps oder side_effect</translation>
        </message>
        <message>
            <source>is not a field of a {kind} record</source>
            <translation>ist kein Feld eines {kind}-Datensatzes</translation>
        </message>
        <message>
            <source>is also on line {line}</source>
            <translation>steht auch in Zeile {line}</translation>
        </message>
        <message>
            <source>the first line must be the header {"format": "dmtracker-inbox", "version": 1, "device": "…"}</source>
            <translation>die erste Zeile muss die Kopfzeile {"format": "dmtracker-inbox", "version": 1, "device": "…"} sein</translation>
        </message>
        <message>
            <source>must be 1 (this app reads version 1), got {value!r}</source>
            <translation>muss 1 sein (diese App liest Version 1), eingegeben: {value!r}</translation>
        </message>
        <message>
            <source>must be 1–40 letters, digits, -, _ or . naming the device, got {value!r}</source>
            <translation>muss das Gerät mit 1–40 Buchstaben, Ziffern, -, _ oder . benennen, eingegeben: {value!r}</translation>
        </message>
        <message>
            <source>the line is longer than {n:,} characters</source>
            <translation>die Zeile ist länger als {n:,} Zeichen</translation>
        </message>
        <message>
            <source>is not one JSON object on one line</source>
            <translation>ist nicht ein JSON-Objekt in einer Zeile</translation>
        </message>
        <message>
            <source>is required (1–4)</source>
            <translation>ist erforderlich (1–4)</translation>
        </message>
        <message>
            <source>give either kg or lb</source>
            <translation>geben Sie entweder kg oder lb an</translation>
        </message>
        <message>
            <source>{day} is in the file twice</source>
            <translation>{day} steht zweimal in der Datei</translation>
        </message>
    </context>
    <context>
        <name>InboxCard</name>
        <message numerus="yes">
            <source>✗ {file}: %n problem(s), it cannot be imported</source>
            <translation>
                <numerusform>✗ {file}: %n Problem, sie kann nicht übernommen werden</numerusform>
                <numerusform>✗ {file}: %n Probleme, sie kann nicht übernommen werden</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nichts Neues</translation>
        </message>
        <message>
            <source>✓ {file}: {what}</source>
            <translation>✓ {file}: {what}</translation>
        </message>
        <message>
            <source>⚠ warning sign: {signs}</source>
            <translation>⚠ Warnzeichen: {signs}</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Eingangsordner</translation>
        </message>
        <message>
            <source>Files a phone, a tablet or another computer puts into a folder you choose (with Syncthing, Nextcloud, a USB stick …): check-in tables (.csv) and entries, weights, steps and side effects (.jsonl). Each file is checked first; nothing is saved before you accept it. Accepted files move to done/, rejected ones to rejected/ with the reasons.</source>
            <translation>Dateien, die ein Handy, ein Tablet oder ein anderer Computer in einen Ordner Ihrer Wahl legt (mit Syncthing, Nextcloud, einem USB-Stick …): Tabellen mit Tageseinträgen (.csv) sowie Einträge, Gewichte, Schritte und Nebenwirkungen (.jsonl). Jede Datei wird zuerst geprüft; nichts wird gespeichert, bevor Sie sie annehmen. Angenommene Dateien kommen nach done/, abgelehnte nach rejected/ mit den Gründen.</translation>
        </message>
        <message>
            <source>Files in the inbox</source>
            <translation>Dateien im Eingangsordner</translation>
        </message>
        <message>
            <source>The selected file: what it holds or its problems</source>
            <translation>Die gewählte Datei: was sie enthält oder ihre Probleme</translation>
        </message>
        <message>
            <source>Choose the inbox folder…</source>
            <translation>Eingangsordner wählen …</translation>
        </message>
        <message>
            <source>Refresh the list</source>
            <translation>Liste prüfen</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Alle annehmen</translation>
        </message>
        <message>
            <source>Accept selected</source>
            <translation>Ausgewählte annehmen</translation>
        </message>
        <message>
            <source>Re&amp;ject selected</source>
            <translation>Ausgewählte a&amp;blehnen</translation>
        </message>
        <message>
            <source>Choose the inbox folder</source>
            <translation>Eingangsordner wählen</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Nicht geändert</translation>
        </message>
        <message>
            <source>No inbox folder chosen yet.</source>
            <translation>Noch kein Eingangsordner gewählt.</translation>
        </message>
        <message>
            <source>The inbox folder {folder} cannot be found.</source>
            <translation>Der Eingangsordner {folder} ist nicht zu finden.</translation>
        </message>
        <message>
            <source>Inbox folder: {folder}</source>
            <translation>Eingangsordner: {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) to review.</source>
            <translation>
                <numerusform>%n Datei zu prüfen.</numerusform>
                <numerusform>%n Dateien zu prüfen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No files waiting.</source>
            <translation>Keine Dateien warten.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still arriving.</source>
            <translation>
                <numerusform>%n Datei kommt noch an.</numerusform>
                <numerusform>%n Dateien kommen noch an.</numerusform>
            </translation>
        </message>
        <message>
            <source>From the device {device}.</source>
            <translation>Vom Gerät {device}.</translation>
        </message>
        <message>
            <source>Nothing to accept: the chosen files have problems.</source>
            <translation>Nichts anzunehmen: die gewählten Dateien haben Probleme.</translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>Einige Dateien wurden nicht übernommen</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>%n Datei wird übernommen …</numerusform>
                <numerusform>%n Dateien werden übernommen …</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n file(s) to rejected/.</source>
            <translation>
                <numerusform>%n Datei nach rejected/ verschoben.</numerusform>
                <numerusform>%n Dateien nach rejected/ verschoben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Infusion</name>
        <message>
            <source>{per_hour} mL/h at {weight} kg is {rate} mL/kg/min, above the {highest} mL/kg/min the app accepts</source>
            <translation>{per_hour} mL/h bei {weight} kg sind {rate} mL/kg/min, mehr als die {highest} mL/kg/min, die die App annimmt</translation>
        </message>
        <message>
            <source>a dose of {dose} g/kg must be split over {fewest}–{most} consecutive days (Octagam 10% label); a single day is only for up to {maintenance} g/kg (maintenance)</source>
            <translation>eine Dosis von {dose} g/kg muss auf {fewest}–{most} aufeinanderfolgende Tage verteilt werden (Fachinformation Octagam 10 %); ein einzelner Tag ist nur für bis zu {maintenance} g/kg möglich (Erhaltungstherapie)</translation>
        </message>
        <message>
            <source>{start} mL/kg/min is above max_rate {top} mL/kg/min</source>
            <translation>{start} mL/kg/min liegt über der Höchstgeschwindigkeit von {top} mL/kg/min</translation>
        </message>
        <message>
            <source>must be greater than 0 when the start rate is below the maximum rate</source>
            <translation>muss größer als 0 sein, wenn die Anfangsgeschwindigkeit unter der Höchstgeschwindigkeit liegt</translation>
        </message>
        <message>
            <source>max rate {top} mL/kg/min is above the label cap of {cap} mL/kg/min for patients at risk of thrombosis or kidney problems</source>
            <translation>die Höchstgeschwindigkeit von {top} mL/kg/min liegt über der Grenze der Fachinformation von {cap} mL/kg/min für Menschen mit einem Risiko für Blutgerinnsel (Thrombose) oder Nierenprobleme</translation>
        </message>
        <message>
            <source>max rate {top} mL/kg/min is above the label cap of {cap} mL/kg/min for dermatomyositis</source>
            <translation>die Höchstgeschwindigkeit von {top} mL/kg/min liegt über der Grenze der Fachinformation von {cap} mL/kg/min bei Dermatomyositis</translation>
        </message>
        <message>
            <source>start rate {start} mL/kg/min is above the label starting rate of {label} mL/kg/min</source>
            <translation>die Anfangsgeschwindigkeit von {start} mL/kg/min liegt über der Anfangsgeschwindigkeit der Fachinformation von {label} mL/kg/min</translation>
        </message>
        <message>
            <source>{day} is before this course ({start}): check the date, choose the course it belongs to, or plan a course that starts on that day</source>
            <extracomment>How far an infusion day may lie before or after its course's planned days (rescheduling).</extracomment>
            <translation>{day} liegt vor diesem Zyklus ({start}): Prüfen Sie das Datum, wählen Sie den passenden Zyklus oder planen Sie einen Zyklus, der an diesem Tag beginnt</translation>
        </message>
        <message>
            <source>{day} is before this course ({start} to {end}): check the date, choose the course it belongs to, or plan a course that starts on that day</source>
            <translation>{day} liegt vor diesem Zyklus ({start} bis {end}): Prüfen Sie das Datum, wählen Sie den passenden Zyklus oder planen Sie einen Zyklus, der an diesem Tag beginnt</translation>
        </message>
        <message>
            <source>{day} is after this course ({start}): check the date, choose the course it belongs to, or plan a course that starts on that day</source>
            <translation>{day} liegt nach diesem Zyklus ({start}): Prüfen Sie das Datum, wählen Sie den passenden Zyklus oder planen Sie einen Zyklus, der an diesem Tag beginnt</translation>
        </message>
        <message>
            <source>{day} is after this course ({start} to {end}): check the date, choose the course it belongs to, or plan a course that starts on that day</source>
            <translation>{day} liegt nach diesem Zyklus ({start} bis {end}): Prüfen Sie das Datum, wählen Sie den passenden Zyklus oder planen Sie einen Zyklus, der an diesem Tag beginnt</translation>
        </message>
        <message>
            <source>{dose} g/kg is above the {label} g/kg per course of the label and above {confirm} g/kg: confirm it</source>
            <translation>{dose} g/kg liegt über den {label} g/kg pro Zyklus laut Fachinformation und über {confirm} g/kg: bitte bestätigen Sie die Dosis</translation>
        </message>
        <message>
            <source>{dose} g/kg is above the {label} g/kg per course of the label</source>
            <translation>{dose} g/kg liegt über den {label} g/kg pro Zyklus laut Fachinformation</translation>
        </message>
    </context>
    <context>
        <name>InfusionDialog</name>
        <message>
            <source>today</source>
            <comment>the latest date allowed</comment>
            <translation>heute</translation>
        </message>
        <message>
            <source>plan and save a course first (Plan course tab)</source>
            <translation>zuerst einen Zyklus planen und speichern (Reiter „Zyklus planen“)</translation>
        </message>
        <message>
            <source>No course yet</source>
            <translation>Noch kein Zyklus</translation>
        </message>
        <message>
            <source>planned: {grams} = {millilitres} a day</source>
            <translation>geplant: {grams} = {millilitres} pro Tag</translation>
        </message>
        <message>
            <source>enter the weight used and the total volume first</source>
            <translation>zuerst das verwendete Gewicht und das Gesamtvolumen eingeben</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Kein Plan</translation>
        </message>
        <message>
            <source>no earlier infusion day is recorded</source>
            <translation>es ist noch kein früherer Infusionstag eingetragen</translation>
        </message>
        <message>
            <source>Nothing to copy</source>
            <translation>Nichts zu übernehmen</translation>
        </message>
        <message>
            <source>Filled in from {date} (day {number} of {days}). Check the lot number and times.</source>
            <translation>Übernommen vom {date} (Tag {number} von {days}). Bitte Chargennummer und Uhrzeiten prüfen.</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Zyklus</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Day number</source>
            <translation>Tag Nummer</translation>
        </message>
        <message>
            <source>Days in the course</source>
            <translation>Tage im Zyklus</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Präparat</translation>
        </message>
        <message>
            <source>Concentration</source>
            <translation>Konzentration</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation>Chargennummer</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Haltbar bis</translation>
        </message>
        <message>
            <source>Dose given</source>
            <translation>Gegebene Dosis</translation>
        </message>
        <message>
            <source>Weight used</source>
            <translation>Verwendetes Gewicht</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Startzeit</translation>
        </message>
        <message>
            <source>Stop time</source>
            <translation>Endzeit</translation>
        </message>
        <message>
            <source>Total volume</source>
            <translation>Gesamtvolumen</translation>
        </message>
        <message>
            <source>Hydration</source>
            <translation>Flüssigkeit</translation>
        </message>
        <message>
            <source>Hydration notes</source>
            <translation>Notizen zur Flüssigkeit</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Behandlungsort</translation>
        </message>
        <message>
            <source>Nurse / site</source>
            <translation>Pflegekraft / Ort</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Rate step (mL/h)</source>
            <translation>Geschwindigkeitsstufe (mL/h)</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <comment>how a time is typed</comment>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>From minute</source>
            <translation>Ab Minute</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Geschwindigkeit</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>e.g. Paracetamol</source>
            <translation>z. B. Paracetamol</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>BP upper</source>
            <translation>RR oben</translation>
        </message>
        <message>
            <source>BP lower</source>
            <translation>RR unten</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>Puls</translation>
        </message>
        <message>
            <source>Temp °C</source>
            <translation>Temp. °C</translation>
        </message>
        <message>
            <source>SpO₂ %</source>
            <translation>SpO₂ in %</translation>
        </message>
        <message>
            <source>rate</source>
            <comment>a column in an error message</comment>
            <translation>Geschwindigkeit</translation>
        </message>
        <message>
            <source>Rate step</source>
            <translation>Geschwindigkeitsstufe</translation>
        </message>
        <message>
            <source>from minute</source>
            <translation>ab Minute</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Premedication</source>
            <translation>Prämedikation</translation>
        </message>
        <message>
            <source>drug</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Vital signs</source>
            <translation>Vitalwerte</translation>
        </message>
        <message>
            <source>when</source>
            <translation>wann</translation>
        </message>
        <message>
            <source>pulse</source>
            <translation>Puls</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <source>breathing rate</source>
            <translation>Atemfrequenz</translation>
        </message>
        <message numerus="yes">
            <source>Course from {start} · %n day(s) · {per_kg} · {total}</source>
            <translation>
                <numerusform>Zyklus ab {start} · %n Tag · {per_kg} · {total}</numerusform>
                <numerusform>Zyklus ab {start} · %n Tage · {per_kg} · {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit infusion day</source>
            <translation>Infusionstag bearbeiten</translation>
        </message>
        <message>
            <source>Record an infusion day</source>
            <translation>Infusionstag eintragen</translation>
        </message>
        <message>
            <source>Which day</source>
            <translation>Welcher Tag</translation>
        </message>
        <message>
            <source>of </source>
            <comment>before the number of days in the course</comment>
            <translation>von </translation>
        </message>
        <message>
            <source>Date of the infusion</source>
            <translation>Datum der Infusion</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Zyklus</translation>
        </message>
        <message>
            <source>Day &amp;number</source>
            <translation>Tag &amp;Nummer</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Product, dose and times</source>
            <translation>Präparat, Dosis und Uhrzeiten</translation>
        </message>
        <message>
            <source>P&amp;roduct</source>
            <translation>&amp;Präparat</translation>
        </message>
        <message>
            <source>Concentration (%)</source>
            <translation>Konzentration (%)</translation>
        </message>
        <message>
            <source>Concentration in %</source>
            <translation>Konzentration in %</translation>
        </message>
        <message>
            <source>&amp;Lot number</source>
            <translation>&amp;Chargennummer</translation>
        </message>
        <message>
            <source>E&amp;xpiry</source>
            <translation>Haltbar &amp;bis</translation>
        </message>
        <message>
            <source>Expiry date, {pattern}</source>
            <translation>Haltbar bis, {pattern}</translation>
        </message>
        <message>
            <source>D&amp;ose given (g)</source>
            <translation>Gegebene D&amp;osis (g)</translation>
        </message>
        <message>
            <source>Dose given in g</source>
            <translation>Gegebene Dosis in g</translation>
        </message>
        <message>
            <source>&amp;Weight used (kg)</source>
            <translation>Verwendetes &amp;Gewicht (kg)</translation>
        </message>
        <message>
            <source>Weight used in kg</source>
            <translation>Verwendetes Gewicht in kg</translation>
        </message>
        <message>
            <source>Star&amp;t time</source>
            <translation>&amp;Startzeit</translation>
        </message>
        <message>
            <source>Start time, HH:MM</source>
            <translation>Startzeit, hh:mm</translation>
        </message>
        <message>
            <source>Stop t&amp;ime</source>
            <translation>&amp;Endzeit</translation>
        </message>
        <message>
            <source>Stop time, HH:MM</source>
            <translation>Endzeit, hh:mm</translation>
        </message>
        <message>
            <source>Total &amp;volume (mL)</source>
            <translation>Gesamt&amp;volumen (mL)</translation>
        </message>
        <message>
            <source>Total volume in mL</source>
            <translation>Gesamtvolumen in mL</translation>
        </message>
        <message>
            <source>Rate steps actually used</source>
            <translation>Tatsächlich verwendete Geschwindigkeitsstufen</translation>
        </message>
        <message>
            <source>Type each rate as the pump showed it, in mL/kg/min or mL/h; the other unit is worked out from the weight used. A rate above the label cap is saved but flagged.</source>
            <translation>Jede Geschwindigkeit so eingeben, wie die Pumpe sie angezeigt hat, in mL/kg/min oder mL/h; die andere Einheit wird aus dem verwendeten Gewicht berechnet. Eine Geschwindigkeit über dem Höchstwert laut Fachinformation wird gespeichert, aber markiert.</translation>
        </message>
        <message>
            <source>&amp;Add rate step</source>
            <translation>St&amp;ufe hinzufügen</translation>
        </message>
        <message>
            <source>Fill steps from the &amp;plan</source>
            <translation>Stufen aus dem P&amp;lan übernehmen</translation>
        </message>
        <message>
            <source>Add pre&amp;medication</source>
            <translation>Prä&amp;medikation hinzufügen</translation>
        </message>
        <message>
            <source>Hydration and vital signs</source>
            <translation>Flüssigkeit und Vitalwerte</translation>
        </message>
        <message>
            <source>e.g. drank 500 mL water, or saline drip</source>
            <translation>z. B. 500 mL Wasser getrunken oder Kochsalz-Infusion</translation>
        </message>
        <message>
            <source>&amp;Hydration (mL)</source>
            <translation>&amp;Flüssigkeit (mL)</translation>
        </message>
        <message>
            <source>Hydration in mL</source>
            <translation>Flüssigkeit in mL</translation>
        </message>
        <message>
            <source>Add vital si&amp;gns</source>
            <translation>Vital&amp;werte hinzufügen</translation>
        </message>
        <message>
            <source>Where, who and notes</source>
            <translation>Wo, wer und Notizen</translation>
        </message>
        <message>
            <source>S&amp;etting</source>
            <translation>Beh&amp;andlungsort</translation>
        </message>
        <message>
            <source>N&amp;urse / site</source>
            <translation>Pflege&amp;kraft / Ort</translation>
        </message>
        <message>
            <source>Nurse or site</source>
            <translation>Pflegekraft oder Ort</translation>
        </message>
        <message>
            <source>&amp;Fill in as last time</source>
            <translation>Wie le&amp;tztes Mal ausfüllen</translation>
        </message>
        <message>
            <source>above the label cap of {cap} mL/kg/min</source>
            <translation>über dem Höchstwert laut Fachinformation von {cap} mL/kg/min</translation>
        </message>
    </context>
    <context>
        <name>Infusions</name>
        <message>
            <source>the ideal weight (devine) needs your height and your sex (female or male) in the profile; the dose uses the actual weight until then</source>
            <translation>das Idealgewicht (Devine) braucht Ihre Größe und Ihr Geschlecht (weiblich oder männlich) im Profil; bis dahin richtet sich die Dosis nach dem tatsächlichen Gewicht</translation>
        </message>
        <message>
            <source>the adjusted weight (ideal + 0.4 × excess) needs your height and your sex (female or male) in the profile; the dose uses the actual weight until then</source>
            <translation>das angepasste Gewicht (Idealgewicht + 0,4 × Übergewicht) braucht Ihre Größe und Ihr Geschlecht (weiblich oder männlich) im Profil; bis dahin richtet sich die Dosis nach dem tatsächlichen Gewicht</translation>
        </message>
        <message>
            <source>{warning} (tick the confirmation to save it)</source>
            <translation>{warning} (setzen Sie das Häkchen zur Bestätigung, um zu speichern)</translation>
        </message>
        <message>
            <source>{message} (flagged: {flagged})</source>
            <translation>{message} (markiert: {flagged})</translation>
        </message>
        <message>
            <source>IVIG course starting {day}</source>
            <translation>IVIG-Zyklus ab {day}</translation>
        </message>
        <message>
            <source>a course from {start} to {end} is already saved: choose a first day after it</source>
            <translation>ein Zyklus vom {start} bis {end} ist schon gespeichert: wählen Sie einen ersten Tag danach</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>muss eine Liste sein</translation>
        </message>
        <message>
            <source>day {n} of this course is already recorded</source>
            <translation>Tag {n} dieses Zyklus ist schon eingetragen</translation>
        </message>
        <message>
            <source>infusion day {n} of {days} on {day}</source>
            <translation>Infusionstag {n} von {days} am {day}</translation>
        </message>
        <message>
            <source>vital signs at {day} {time}</source>
            <translation>Vitalwerte am {day} um {time}</translation>
        </message>
    </context>
    <context>
        <name>KeyboardShortcuts</name>
        <message>
            <source>Anywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Jetzt eine Sicherungskopie erstellen</translation>
        </message>
        <message>
            <source>Larger / smaller / normal text</source>
            <translation>Größere / kleinere / normale Schrift</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Diese Liste</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Next / previous control</source>
            <translation>Nächstes / vorheriges Bedienelement</translation>
        </message>
        <message>
            <source>Alt+underlined letter</source>
            <translation>Alt+unterstrichener Buchstabe</translation>
        </message>
        <message>
            <source>That button, field, tab or menu</source>
            <translation>Diese Schaltfläche, dieses Feld, diesen Reiter oder dieses Menü</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Den Tageseintrag speichern</translation>
        </message>
        <message>
            <source>Add a self-test</source>
            <translation>Einen Selbsttest hinzufügen</translation>
        </message>
        <message>
            <source>Log the rash</source>
            <translation>Den Hautausschlag eintragen</translation>
        </message>
        <message>
            <source>Set a 0–10 scale</source>
            <translation>Eine Skala von 0–10 einstellen</translation>
        </message>
        <message>
            <source>Forms and dialogs</source>
            <translation>Formulare und Dialoge</translation>
        </message>
        <message>
            <source>Ctrl+S or Ctrl+Enter</source>
            <translation>Strg+S oder Strg+Enter</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Schließen ohne zu speichern</translation>
        </message>
        <message>
            <source>Alt+Down or F4</source>
            <translation>Alt+Pfeil nach unten oder F4</translation>
        </message>
        <message>
            <source>Open the calendar of a date field (dates can also be typed)</source>
            <translation>Den Kalender eines Datumsfelds öffnen (Daten können auch eingetippt werden)</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listen</translation>
        </message>
        <message>
            <source>Open the selected day (History)</source>
            <translation>Den ausgewählten Tag öffnen (Chronik)</translation>
        </message>
        <message>
            <source>Delete the selected entry (History, Clinic)</source>
            <translation>Den ausgewählten Eintrag löschen (Chronik, Arzttermine)</translation>
        </message>
        <message>
            <source>Undo the delete (History)</source>
            <translation>Das Löschen rückgängig machen (Chronik)</translation>
        </message>
        <message>
            <source>Go to a section</source>
            <translation>Zu einem Bereich wechseln</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>LabDialog</name>
        <message>
            <source>Edit lab result</source>
            <translation>Laborwert bearbeiten</translation>
        </message>
        <message>
            <source>New lab result</source>
            <translation>Neuer Laborwert</translation>
        </message>
        <message>
            <source>&amp;Date collected</source>
            <translation>&amp;Datum der Blutabnahme</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Wert</translation>
        </message>
        <message>
            <source>Test (choose or type another)</source>
            <translation>Wert (auswählen oder einen anderen eintippen)</translation>
        </message>
        <message>
            <source>&amp;Value</source>
            <translation>&amp;Ergebnis</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>Ei&amp;nheit</translation>
        </message>
        <message>
            <source>Reference range, &amp;low (same unit)</source>
            <translation>Referenzbereich, &amp;unten (gleiche Einheit)</translation>
        </message>
        <message>
            <source>Reference range, &amp;high (same unit)</source>
            <translation>Referenzbereich, &amp;oben (gleiche Einheit)</translation>
        </message>
        <message>
            <source>&amp;low</source>
            <translation>&amp;unten</translation>
        </message>
        <message>
            <source>&amp;high</source>
            <translation>&amp;oben</translation>
        </message>
        <message>
            <source>Reference range</source>
            <translation>Referenzbereich</translation>
        </message>
        <message>
            <source>The lab's own range, as printed on the report, in the unit above.</source>
            <translation>Der Bereich des Labors, wie er auf dem Befund steht, in der Einheit oben.</translation>
        </message>
        <message>
            <source>L&amp;ab</source>
            <translation>L&amp;abor</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>No&amp;tizen</translation>
        </message>
        <message>
            <source>Result as stored</source>
            <translation>Ergebnis wie gespeichert</translation>
        </message>
        <message>
            <source>Stored as {value} {unit}</source>
            <translation>Gespeichert als {value} {unit}</translation>
        </message>
        <message>
            <source>▲ high: above the lab's range</source>
            <translation>▲ hoch: über dem Bereich des Labors</translation>
        </message>
        <message>
            <source>▼ low: below the lab's range</source>
            <translation>▼ niedrig: unter dem Bereich des Labors</translation>
        </message>
        <message>
            <source>within the lab's range</source>
            <translation>im Bereich des Labors</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;System default ({language})</source>
            <extracomment>what the setting may hold, in the order of the menu</extracomment>
            <translation>&amp;Systemstandard ({language})</translation>
        </message>
        <message>
            <source>Start &amp;my own diary</source>
            <extracomment>the open diary's name, shown in the title and the status bar when there are several diaries (None: one diary only) ``--language`` of this run (None: the View ▸ Language setting chose the language) View ▸ Language ▸ Restart now: the composition root starts the app again after close</extracomment>
            <translation>&amp;Mein eigenes Tagebuch beginnen</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+{last}: go to a section
F1: all shortcuts</source>
            <translation>Strg+1 … Strg+{last}: zu einem Bereich
F1: alle Tastenkürzel</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Ihre Daten werden geöffnet…</translation>
        </message>
        <message>
            <source>Saving is off: this diary is read-only (its folder cannot be written, or its disk is full). You can view and export it.</source>
            <translation>Speichern ist ausgeschaltet: Dieses Tagebuch kann nur gelesen werden (in seinen Ordner kann nicht geschrieben werden, oder sein Datenträger ist voll). Sie können es ansehen und exportieren.</translation>
        </message>
        <message>
            <source>{app} – demo profile</source>
            <translation>{app} – Demo-Profil</translation>
        </message>
        <message>
            <source>{diary} – {app}</source>
            <comment>the window title: the diary's name</comment>
            <translation>{diary} – {app}</translation>
        </message>
        <message>
            <source>This is a demo profile with made-up data, to explore the app. Nothing you do here touches your own diary.</source>
            <translation>Dies ist ein Demo-Profil mit erfundenen Daten, um die App kennenzulernen. Nichts, was Sie hier tun, berührt Ihr eigenes Tagebuch.</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Datenordner: {folder}</translation>
        </message>
        <message>
            <source>Diary: {diary} · {folder}</source>
            <translation>Tagebuch: {diary} · {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in the inbox to review: Reports ▸ Inbox.</source>
            <translation>
                <numerusform>%n Datei im Eingangsordner zu prüfen: Berichte ▸ Eingangsordner.</numerusform>
                <numerusform>%n Dateien im Eingangsordner zu prüfen: Berichte ▸ Eingangsordner.</numerusform>
            </translation>
        </message>
        <message>
            <source>Text size {percent} %</source>
            <translation>Schriftgröße {percent} %</translation>
        </message>
        <message>
            <source>Language: {language}</source>
            <translation>Sprache: {language}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>dmtracker will be in {language} after a restart. Restart now? Your diary is closed first, as when you quit dmtracker.</source>
            <translation>dmtracker erscheint nach einem Neustart auf {language}. Jetzt neu starten? Ihr Tagebuch wird vorher geschlossen, wie beim Beenden von dmtracker.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>Jetzt &amp;neu starten</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Today is not logged yet. It takes under a minute.</source>
            <translation>Heute ist noch nicht eingetragen. Es dauert keine Minute.</translation>
        </message>
        <message>
            <source>Backup saved: {path}</source>
            <translation>Sicherungskopie gespeichert: {path}</translation>
        </message>
        <message>
            <source>&lt;h2&gt;dmtracker {version}&lt;/h2&gt;
&lt;p&gt;A private diary for adults with dermatomyositis: daily symptoms, self-tests, rash,
IVIG infusions and side effects, medications, clinic results and reports.&lt;/p&gt;
&lt;p&gt;Your data stays on this computer, in&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;br&gt;
It leaves only when you export it.&lt;/p&gt;
&lt;p&gt;dmtracker informs; it does not give medical advice. Scores it shows are computed by the
app from the values entered. In an emergency call your local emergency number.&lt;/p&gt;
&lt;p&gt;Free software under the GNU GPL v3 or later.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;dmtracker {version}&lt;/h2&gt;
&lt;p&gt;Ein privates Tagebuch für Erwachsene mit Dermatomyositis: tägliche Beschwerden, Selbsttests, Hautausschlag,
IVIG-Infusionen und Nebenwirkungen, Medikamente, Ergebnisse von Arztterminen und Berichte.&lt;/p&gt;
&lt;p&gt;Ihre Daten bleiben auf diesem Computer, in&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;br&gt;
Sie verlassen ihn nur, wenn Sie sie exportieren.&lt;/p&gt;
&lt;p&gt;dmtracker informiert; es gibt keinen ärztlichen Rat. Angezeigte Werte werden von der
App aus den eingegebenen Werten berechnet. Im Notfall rufen Sie Ihre örtliche Notrufnummer an.&lt;/p&gt;
&lt;p&gt;Freie Software unter der GNU GPL v3 oder später.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Lig&amp;ht</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>High &amp;contrast</source>
            <translation>Hoher Kon&amp;trast</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Wie das &amp;System</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sicherungskopie jetzt erstellen</translation>
        </message>
        <message>
            <source>Start my &amp;own diary</source>
            <translation>&amp;Eigenes Tagebuch beginnen</translation>
        </message>
        <message>
            <source>Explore the &amp;demo</source>
            <translation>&amp;Demo ansehen</translation>
        </message>
        <message>
            <source>&amp;Encryption (passphrase)…</source>
            <translation>&amp;Verschlüsselung (Passphrase)…</translation>
        </message>
        <message>
            <source>&amp;Person details…</source>
            <translation>Angaben zur &amp;Person…</translation>
        </message>
        <message>
            <source>S&amp;witch diary…</source>
            <translation>Tagebuch &amp;wechseln…</translation>
        </message>
        <message>
            <source>&amp;New diary…</source>
            <translation>&amp;Neues Tagebuch…</translation>
        </message>
        <message>
            <source>&amp;Rename diary…</source>
            <translation>Tagebuch &amp;umbenennen…</translation>
        </message>
        <message>
            <source>Remo&amp;ve diary…</source>
            <translation>Tagebuch ent&amp;fernen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Größere Schrift</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>&amp;Kleinere Schrift</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>&amp;Normale Schriftgröße</translation>
        </message>
        <message>
            <source>Daily &amp;reminder…</source>
            <translation>Tägliche &amp;Erinnerung…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About dmtracker</source>
            <translation>Ü&amp;ber dmtracker</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Sp&amp;rache</translation>
        </message>
        <message>
            <source>{language}: chosen on the command line (--language {code})</source>
            <translation>{language}: in der Befehlszeile gewählt (--language {code})</translation>
        </message>
        <message>
            <source>(not open)</source>
            <translation>(nicht geöffnet)</translation>
        </message>
        <message>
            <source>About dmtracker</source>
            <translation>Über dmtracker</translation>
        </message>
    </context>
    <context>
        <name>Measures</name>
        <message>
            <source>count</source>
            <comment>unit of a self-test: how many times</comment>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>metres</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>score</source>
            <comment>unit of the rash score: points</comment>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>steps a day</source>
            <translation>Schritte pro Tag</translation>
        </message>
    </context>
    <context>
        <name>MedicationDialog</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Darreichungsform</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Einnahmeplan</translation>
        </message>
        <message>
            <source>Day of the week</source>
            <translation>Wochentag</translation>
        </message>
        <message>
            <source>Times a day</source>
            <translation>Mal am Tag</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>Stop date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>Start dose</source>
            <translation>Anfangsdosis</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Prednisone</source>
            <comment>drug name</comment>
            <translation>Prednison</translation>
        </message>
        <message>
            <source>Prednisolone</source>
            <comment>drug name</comment>
            <translation>Prednisolon</translation>
        </message>
        <message>
            <source>Methotrexate</source>
            <comment>drug name</comment>
            <translation>Methotrexat</translation>
        </message>
        <message>
            <source>Folic acid</source>
            <comment>drug name</comment>
            <translation>Folsäure</translation>
        </message>
        <message>
            <source>Hydroxychloroquine</source>
            <comment>drug name</comment>
            <translation>Hydroxychloroquin</translation>
        </message>
        <message>
            <source>Azathioprine</source>
            <comment>drug name</comment>
            <translation>Azathioprin</translation>
        </message>
        <message>
            <source>Mycophenolate mofetil</source>
            <comment>drug name</comment>
            <translation>Mycophenolatmofetil</translation>
        </message>
        <message>
            <source>Tacrolimus</source>
            <comment>drug name</comment>
            <translation>Tacrolimus</translation>
        </message>
        <message>
            <source>Rituximab</source>
            <comment>drug name</comment>
            <translation>Rituximab</translation>
        </message>
        <message>
            <source>Calcium and vitamin D</source>
            <comment>drug name</comment>
            <translation>Calcium und Vitamin D</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>laufend</translation>
        </message>
        <message>
            <source>Sto&amp;ps on</source>
            <translation>&amp;Endet am</translation>
        </message>
        <message>
            <source>&amp;Dose</source>
            <translation>&amp;Dosis</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>Ein&amp;heit</translation>
        </message>
        <message>
            <source>S&amp;chedule</source>
            <translation>Einnahme&amp;plan</translation>
        </message>
        <message>
            <source>&amp;Weekday (for weekly)</source>
            <translation>&amp;Wochentag (bei wöchentlich)</translation>
        </message>
        <message>
            <source>T&amp;imes a day</source>
            <translation>&amp;Mal am Tag</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Startdatum</translation>
        </message>
        <message>
            <source>Methotrexate is taken once a week</source>
            <translation>Methotrexat wird einmal pro Woche genommen</translation>
        </message>
        <message>
            <source>Schedule: methotrexate must be entered as once a week</source>
            <translation>Einnahmeplan: Methotrexat muss als einmal pro Woche eingetragen werden</translation>
        </message>
        <message>
            <source>Add a medication</source>
            <translation>Medikament hinzufügen</translation>
        </message>
        <message>
            <source>e.g. tablet, pre-filled pen</source>
            <translation>z. B. Tablette, Fertigpen</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>F&amp;orm</source>
            <translation>Darreichungs&amp;form</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>&amp;Anwendung</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tizen</translation>
        </message>
        <message>
            <source>Change the dose of {name}</source>
            <translation>Dosis von {name} ändern</translation>
        </message>
        <message>
            <source>{name}: now {dose}, {schedule}. The new dose starts on the start date; the current one ends the day before.</source>
            <translation>{name}: jetzt {dose}, {schedule}. Die neue Dosis beginnt am Startdatum; die bisherige endet am Tag davor.</translation>
        </message>
        <message>
            <source>Stop {name}</source>
            <translation>{name} absetzen</translation>
        </message>
        <message>
            <source>Last day taken</source>
            <translation>Letzter Einnahmetag</translation>
        </message>
        <message>
            <source>&amp;Last day taken</source>
            <translation>&amp;Letzter Einnahmetag</translation>
        </message>
    </context>
    <context>
        <name>Medications</name>
        <message>
            <source>Methotrexate for myositis is taken once a WEEK, on the same day each week, not every day. Taking it daily by mistake causes serious, sometimes fatal, poisoning. Check the label or ask your pharmacist, and enter it as a weekly medicine with its day of the week.</source>
            <translation>Methotrexat wird bei Myositis einmal pro WOCHE eingenommen, immer am gleichen Wochentag, nicht jeden Tag. Eine versehentliche tägliche Einnahme führt zu einer schweren, manchmal tödlichen Vergiftung. Prüfen Sie die Packungsbeilage oder fragen Sie in Ihrer Apotheke, und tragen Sie es als wöchentliches Medikament mit seinem Wochentag ein.</translation>
        </message>
        <message>
            <source>Hydroxychloroquine {dose} mg a day at {weight} kg is {ratio} mg/kg a day, above {limit} mg/kg a day of real body weight. Above that dose the risk of damage to the retina (the back of the eye) rises over the years. You may want to ask your doctor whether the dose fits your current weight.</source>
            <translation>Hydroxychloroquin {dose} mg pro Tag bei {weight} kg sind {ratio} mg/kg pro Tag, mehr als {limit} mg/kg pro Tag des tatsächlichen Körpergewichts. Über dieser Dosis steigt mit den Jahren das Risiko einer Schädigung der Netzhaut (des Augenhintergrunds). Sie können Ihre Ärztin oder Ihren Arzt fragen, ob die Dosis zu Ihrem jetzigen Gewicht passt.</translation>
        </message>
        <message>
            <source>dose from {day}</source>
            <translation>Dosis ab {day}</translation>
        </message>
        <message>
            <source>No body weight is recorded, so the app cannot check the hydroxychloroquine dose per kg (at most {most} mg/kg a day).</source>
            <translation>Es ist kein Körpergewicht eingetragen, daher kann die App die Hydroxychloroquin-Dosis pro kg nicht prüfen (höchstens {most} mg/kg am Tag).</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>liegt vor dem Anfangsdatum</translation>
        </message>
        <message>
            <source>{message} (the previous dose ends the day before)</source>
            <translation>{message} (die vorige Dosis endet am Tag davor)</translation>
        </message>
        <message>
            <source>must be one of {units}</source>
            <translation>muss eines davon sein: {units}</translation>
        </message>
        <message numerus="yes">
            <source>Saved {count} taper dose rows; %n earlier dose row(s) ended or replaced</source>
            <translation>
                <numerusform>{count} Dosiszeilen zum Ausschleichen gespeichert; %n frühere Dosiszeile beendet oder ersetzt</numerusform>
                <numerusform>{count} Dosiszeilen zum Ausschleichen gespeichert; %n frühere Dosiszeilen beendet oder ersetzt</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {count} taper dose rows</source>
            <translation>{count} Dosiszeilen zum Ausschleichen gespeichert</translation>
        </message>
        <message>
            <source>Saved {count} dose rows</source>
            <translation>{count} Dosiszeilen gespeichert</translation>
        </message>
        <message>
            <source>this dose is already logged for that day</source>
            <translation>diese Dosis ist für diesen Tag schon eingetragen</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPanel</name>
        <message>
            <source>{name} {dose} ({schedule}): not logged yet</source>
            <translation>{name} {dose} ({schedule}): noch nicht eingetragen</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Genommen</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <source>{name}: taken today</source>
            <translation>{name}: heute genommen</translation>
        </message>
        <message>
            <source>{name}: skipped today</source>
            <translation>{name}: heute ausgelassen</translation>
        </message>
        <message>
            <source>{name} taken</source>
            <translation>{name} genommen</translation>
        </message>
        <message>
            <source>{name} skipped</source>
            <translation>{name} ausgelassen</translation>
        </message>
        <message>
            <source>Logged today: {doses}.</source>
            <translation>Heute eingetragen: {doses}.</translation>
        </message>
        <message>
            <source>Nothing left to log today.</source>
            <translation>Heute ist nichts mehr einzutragen.</translation>
        </message>
        <message>
            <source>Not saved – {reason}</source>
            <translation>Nicht gespeichert – {reason}</translation>
        </message>
        <message>
            <source>Current medications</source>
            <translation>Aktuelle Medikamente</translation>
        </message>
        <message>
            <source>&amp;Add medication…</source>
            <translation>Medikament &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Change dose…</source>
            <translation>Dosis ä&amp;ndern…</translation>
        </message>
        <message>
            <source>&amp;Stop taking…</source>
            <translation>&amp;Absetzen…</translation>
        </message>
        <message>
            <source>&amp;Taper builder…</source>
            <translation>Aus&amp;schleichplan…</translation>
        </message>
        <message>
            <source>Medication warnings</source>
            <translation>Warnungen zu Medikamenten</translation>
        </message>
        <message>
            <source>Methotrexate per m²</source>
            <translation>Methotrexat pro m²</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Einnahmeplan</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Doses today</source>
            <translation>Einnahmen heute</translation>
        </message>
        <message>
            <source>&amp;Keep a log of doses taken</source>
            <translation>Einnahmen protok&amp;ollieren</translation>
        </message>
        <message>
            <source>Today's doses show here with Taken and Skipped until logged</source>
            <translation>Die heutigen Einnahmen stehen hier mit „Genommen“ und „Ausgelassen“, bis sie eingetragen sind</translation>
        </message>
        <message>
            <source>Cumulative prednisone</source>
            <translation>Kumulative Prednison-Dosis</translation>
        </message>
        <message>
            <source>Cumulative prednisone from</source>
            <translation>Kumulative Prednison-Dosis ab</translation>
        </message>
        <message>
            <source>Cumulative prednisone until</source>
            <translation>Kumulative Prednison-Dosis bis</translation>
        </message>
        <message>
            <source>P&amp;rednisone from</source>
            <translation>P&amp;rednison ab</translation>
        </message>
        <message>
            <source>&amp;until</source>
            <translation>&amp;bis</translation>
        </message>
        <message>
            <source>Dose history</source>
            <translation>Dosisverlauf</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source>Taper</source>
            <translation>Ausschleichen</translation>
        </message>
        <message>
            <source>{drug}: enter the child's height (profile) and a weight to see the dose per m² of body surface.</source>
            <translation>{drug}: Tragen Sie die Größe des Kindes (Profil) und ein Gewicht ein, um die Dosis pro m² Körperoberfläche zu sehen.</translation>
        </message>
        <message>
            <source>{drug}: {per_m2}</source>
            <translation>{drug}: {per_m2}</translation>
        </message>
        <message>
            <source>{grams} prednisone-equivalent (all glucocorticoids) from {start} to {end} ({days}, computed by the app from {rows}).</source>
            <translation>{grams} Prednison-Äquivalent (alle Glukokortikoide) vom {start} bis {end} ({days}, von der App berechnet aus {rows}).</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dose row(s)</source>
            <translation>
                <numerusform>%n Dosiseintrag</numerusform>
                <numerusform>%n Dosiseinträgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: %n row(s) in tablets or mL.</source>
            <translation>
                <numerusform>Nicht mitgezählt: %n Eintrag in Tabletten oder mL.</numerusform>
                <numerusform>Nicht mitgezählt: %n Einträge in Tabletten oder mL.</numerusform>
            </translation>
        </message>
        <message>
            <source>select a medication in the list first</source>
            <translation>zuerst ein Medikament in der Liste auswählen</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>entered as daily</source>
            <translation>als täglich eingetragen</translation>
        </message>
        <message>
            <source>no weight to check</source>
            <translation>kein Gewicht zum Prüfen</translation>
        </message>
        <message>
            <source>above {limit} mg/kg a day</source>
            <translation>über {limit} mg/kg pro Tag</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Today</source>
            <extracomment>The sections: their English names (translated where shown, :func:`page_name`; each page's heading is its ``title``, translated in the same context "Pages" by the kit's Page).</extracomment>
            <translation>Heute</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Chronik</translation>
        </message>
        <message>
            <source>Treatments</source>
            <translation>Behandlungen</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Arzttermine</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Reports and data</source>
            <extracomment>a page's heading that is not its name in the navigation</extracomment>
            <translation>Berichte und Daten</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>&amp;Show what I type</source>
            <translation>Eingabe an&amp;zeigen</translation>
        </message>
        <message>
            <source>If I forget the passphrase, my diary cannot be recovered by anyone.</source>
            <translation>Wenn ich die Passphrase vergesse, kann niemand mein Tagebuch wiederherstellen.</translation>
        </message>
        <message>
            <source>I &amp;understand</source>
            <translation>Ich habe &amp;verstanden</translation>
        </message>
        <message>
            <source>I understand: if I forget the passphrase, my diary cannot be recovered</source>
            <translation>Ich habe verstanden: Wenn ich die Passphrase vergesse, kann mein Tagebuch nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>dmtracker: enter your passphrase</source>
            <translation>dmtracker: Passphrase eingeben</translation>
        </message>
        <message>
            <source>This diary is encrypted</source>
            <translation>Dieses Tagebuch ist verschlüsselt</translation>
        </message>
        <message>
            <source>Enter the passphrase to open it.</source>
            <translation>Geben Sie die Passphrase ein, um es zu öffnen.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>dmtracker: encrypt your diary</source>
            <translation>dmtracker: Tagebuch verschlüsseln</translation>
        </message>
        <message>
            <source>Encrypt your diary with a passphrase</source>
            <translation>Ihr Tagebuch mit einer Passphrase verschlüsseln</translation>
        </message>
        <message>
            <source>Your diary, its backups and its rash photos will be stored encrypted: without the passphrase nobody can read them, even with your files. dmtracker asks for it each time it starts. Use at least {count} characters; a few unrelated words are easy to remember and hard to guess.&lt;br&gt;Not encrypted: exports you make (CSV, JSON, FHIR, PDF), which are meant to be read.</source>
            <translation>Ihr Tagebuch, seine Sicherungskopien und die Fotos Ihres Hautausschlags werden verschlüsselt gespeichert: Ohne die Passphrase kann niemand sie lesen, auch nicht mit Ihren Dateien. dmtracker fragt bei jedem Start danach. Verwenden Sie mindestens {count} Zeichen; ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.&lt;br&gt;Nicht verschlüsselt: Exporte, die Sie erstellen (CSV, JSON, FHIR, PDF), denn sie sollen gelesen werden.</translation>
        </message>
        <message>
            <source>&amp;Encrypt</source>
            <translation>Ver&amp;schlüsseln</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>dmtracker: store your diary unencrypted</source>
            <translation>dmtracker: Tagebuch unverschlüsselt speichern</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>Passphrase entfernen</translation>
        </message>
        <message>
            <source>Your diary, its backups and its rash photos will be stored unencrypted again: anyone who can read your files can read them. Enter the passphrase to confirm.</source>
            <translation>Ihr Tagebuch, seine Sicherungskopien und die Fotos Ihres Hautausschlags werden wieder unverschlüsselt gespeichert: Wer Ihre Dateien lesen kann, kann sie lesen. Geben Sie zur Bestätigung die Passphrase ein.</translation>
        </message>
        <message>
            <source>&amp;Remove encryption</source>
            <translation>Verschlüsselung &amp;entfernen</translation>
        </message>
        <message>
            <source>Tick the box to confirm you understand the warning.</source>
            <translation>Setzen Sie das Häkchen, um zu bestätigen, dass Sie die Warnung verstanden haben.</translation>
        </message>
        <message>
            <source>Passphrase again {reason}.</source>
            <translation>Passphrase (Wiederholung): {reason}.</translation>
        </message>
        <message>
            <source>Passphrase {reason}.</source>
            <translation>Passphrase: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person details</source>
            <translation>Angaben zur Person</translation>
        </message>
        <message>
            <source>About your child, for whom this diary is kept. The name is printed on the clinic report; the birth year gives the age there; height and sex give the ideal and adjusted dosing weight. Everything stays in this diary.</source>
            <translation>Angaben zu Ihrem Kind, für das dieses Tagebuch geführt wird. Der Name steht auf dem Bericht für den Arzttermin, das Geburtsjahr ergibt dort das Alter; Größe und Geschlecht ergeben das Ideal- und das angepasste Dosierungsgewicht. Alles bleibt in diesem Tagebuch.</translation>
        </message>
        <message>
            <source>About the person this diary is for. The name is printed on the clinic report; the birth year gives the age there; height and sex give the ideal and adjusted dosing weight. Everything stays in this diary.</source>
            <translation>Angaben zu der Person, für die dieses Tagebuch geführt wird. Der Name steht auf dem Bericht für den Arzttermin, das Geburtsjahr ergibt dort das Alter; Größe und Geschlecht ergeben das Ideal- und das angepasste Dosierungsgewicht. Alles bleibt in diesem Tagebuch.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>as on the clinic report</source>
            <translation>wie auf dem Bericht für den Arzttermin</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>&amp;Geburtsjahr</translation>
        </message>
        <message>
            <source>S&amp;ex</source>
            <translation>G&amp;eschlecht</translation>
        </message>
        <message>
            <source>&amp;Height (cm)</source>
            <translation>&amp;Körpergröße (cm)</translation>
        </message>
    </context>
    <context>
        <name>PhotoCompareDialog</name>
        <message>
            <source>Compare rash photos</source>
            <translation>Fotos des Hautausschlags vergleichen</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>First date</source>
            <translation>Erstes Datum</translation>
        </message>
        <message>
            <source>Second date</source>
            <translation>Zweites Datum</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Stelle:</translation>
        </message>
        <message>
            <source>&amp;First:</source>
            <translation>&amp;Erstes:</translation>
        </message>
        <message>
            <source>S&amp;econd:</source>
            <translation>&amp;Zweites:</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>No photos yet. Add one from the rash log (Photo…).</source>
            <translation>Noch keine Fotos. Fügen Sie eines beim Eintragen des Hautausschlags hinzu (Foto…).</translation>
        </message>
        <message>
            <source>This photo cannot be shown.</source>
            <translation>Dieses Foto kann nicht angezeigt werden.</translation>
        </message>
        <message>
            <source>Photo of {day}</source>
            <translation>Foto vom {day}</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <source>{name} does not exist or is not a file</source>
            <translation>{name} gibt es nicht oder ist keine Datei</translation>
        </message>
        <message>
            <source>{name} is larger than 40 MB</source>
            <translation>{name} ist größer als 40 MB</translation>
        </message>
        <message>
            <source>{name} cannot be read</source>
            <translation>{name} lässt sich nicht lesen</translation>
        </message>
        <message>
            <source>Added a photo to {day}</source>
            <translation>Foto zum {day} hinzugefügt</translation>
        </message>
        <message>
            <source>{name} is not a PNG, JPEG or WebP image, or it is damaged</source>
            <translation>{name} ist kein PNG-, JPEG- oder WebP-Bild oder ist beschädigt</translation>
        </message>
        <message>
            <source>{name} has no picture in it</source>
            <translation>{name} enthält kein Bild</translation>
        </message>
    </context>
    <context>
        <name>PlannerForm</name>
        <message>
            <source>latest weight: {weight} on {date}</source>
            <translation>letztes Gewicht: {weight} am {date}</translation>
        </message>
        <message>
            <source>no weight recorded yet</source>
            <translation>noch kein Gewicht eingetragen</translation>
        </message>
        <message>
            <source>Saved to your profile: {risks}</source>
            <translation>In Ihrem Profil gespeichert: {risks}</translation>
        </message>
        <message>
            <source>at risk of thrombosis and kidney problems</source>
            <translation>Risiko für Thrombose und Nierenprobleme</translation>
        </message>
        <message>
            <source>at risk of thrombosis</source>
            <translation>Risiko für Thrombose</translation>
        </message>
        <message>
            <source>at risk of kidney problems</source>
            <translation>Risiko für Nierenprobleme</translation>
        </message>
        <message>
            <source>no thrombosis or kidney risk</source>
            <translation>kein Thrombose- oder Nierenrisiko</translation>
        </message>
        <message>
            <source>Give weight, height and sex (female or male) to see the ideal and adjusted weight; until then the dose uses the actual weight.</source>
            <translation>Gewicht, Größe und Geschlecht (weiblich oder männlich) angeben, um das Idealgewicht und das angepasste Gewicht zu sehen; bis dahin richtet sich die Dosis nach dem tatsächlichen Gewicht.</translation>
        </message>
        <message>
            <source>BMI {bmi}: the adjusted weight is suggested (EU Octagam SmPC: dose overweight patients on a standard body weight).</source>
            <translation>BMI {bmi}: Das angepasste Gewicht wird vorgeschlagen (EU-Fachinformation Octagam: bei Übergewicht nach einem Standard-Körpergewicht dosieren).</translation>
        </message>
        <message>
            <source>BMI {bmi}.</source>
            <translation>BMI {bmi}.</translation>
        </message>
        <message>
            <source>Actual {actual} · ideal {ideal} · adjusted {adjusted}. {hint} The rate is always per actual kg.</source>
            <translation>Tatsächlich {actual} · ideal {ideal} · angepasst {adjusted}. {hint} Die Geschwindigkeit gilt immer pro tatsächlichem kg.</translation>
        </message>
        <message>
            <source>Flagged: {reason}.</source>
            <translation>Markiert: {reason}.</translation>
        </message>
        <message>
            <source>the ideal or adjusted weight needs weight, height and sex (female or male)</source>
            <translation>für das Ideal- oder angepasste Gewicht werden Gewicht, Größe und Geschlecht (weiblich oder männlich) gebraucht</translation>
        </message>
        <message>
            <source>actual weight</source>
            <translation>tatsächliches Gewicht</translation>
        </message>
        <message>
            <source>ideal weight</source>
            <translation>Idealgewicht</translation>
        </message>
        <message>
            <source>adjusted weight</source>
            <translation>angepasstes Gewicht</translation>
        </message>
        <message>
            <source>Whole course: {grams} = {millilitres} ({per_kg} × {weight} {which})</source>
            <translation>Ganzer Zyklus: {grams} = {millilitres} ({per_kg} × {weight} {which})</translation>
        </message>
        <message numerus="yes">
            <source>Each day (%n day(s)): {grams} = {millilitres}</source>
            <translation>
                <numerusform>Jeden Tag (%n Tag): {grams} = {millilitres}</numerusform>
                <numerusform>Jeden Tag (%n Tage): {grams} = {millilitres}</numerusform>
            </translation>
        </message>
        <message>
            <source>Whole course: –</source>
            <translation>Ganzer Zyklus: –</translation>
        </message>
        <message>
            <source>Each day: –</source>
            <translation>Jeden Tag: –</translation>
        </message>
        <message>
            <source>Check the numbers</source>
            <translation>Bitte die Zahlen prüfen</translation>
        </message>
        <message>
            <source>= {rate} more each time</source>
            <translation>= jedes Mal {rate} mehr</translation>
        </message>
        <message>
            <source>= {rate} at {weight}</source>
            <translation>= {rate} bei {weight}</translation>
        </message>
        <message>
            <source>for patients at risk of thrombosis or kidney problems</source>
            <translation>bei Risiko für Thrombose oder Nierenprobleme</translation>
        </message>
        <message>
            <source>in dermatomyositis</source>
            <translation>bei Dermatomyositis</translation>
        </message>
        <message>
            <source>Label maximum {who}: {cap} = {rate} at {weight}.</source>
            <translation>Höchstwert laut Fachinformation {who}: {cap} = {rate} bei {weight}.</translation>
        </message>
        <message>
            <source>Label maximum {who}: {cap}.</source>
            <translation>Höchstwert laut Fachinformation {who}: {cap}.</translation>
        </message>
        <message>
            <source>Estimated time each day: –</source>
            <translation>Geschätzte Dauer pro Tag: –</translation>
        </message>
        <message>
            <source>Flagged: {reason} (allowed, but check it with your infusion team).</source>
            <translation>Markiert: {reason} (erlaubt, aber bitte mit Ihrem Infusionsteam absprechen).</translation>
        </message>
        <message>
            <source>Estimated time each day: about {duration} for {volume}, if every raise is tolerated.</source>
            <translation>Geschätzte Dauer pro Tag: etwa {duration} für {volume}, wenn jede Steigerung vertragen wird.</translation>
        </message>
        <message numerus="yes">
            <source>With this course, the next one is due on {date} (every %n week(s)).</source>
            <translation>
                <numerusform>Mit diesem Zyklus ist der nächste am {date} fällig (jede Woche).</numerusform>
                <numerusform>Mit diesem Zyklus ist der nächste am {date} fällig (alle %n Wochen).</numerusform>
            </translation>
        </message>
        <message>
            <source>No course saved yet.</source>
            <translation>Noch kein Zyklus gespeichert.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last course: from {date} ({grams} over %n day(s)).</source>
            <translation>
                <numerusform>Letzter Zyklus: ab {date} ({grams} an %n Tag).</numerusform>
                <numerusform>Letzter Zyklus: ab {date} ({grams} an %n Tagen).</numerusform>
            </translation>
        </message>
        <message>
            <source>No course has started yet.</source>
            <translation>Es hat noch kein Zyklus begonnen.</translation>
        </message>
        <message>
            <source>Next course due {date} ({when}, already planned).</source>
            <translation>Nächster Zyklus fällig am {date} ({when}, schon geplant).</translation>
        </message>
        <message>
            <source>Next course due {date} ({when}).</source>
            <translation>Nächster Zyklus fällig am {date} ({when}).</translation>
        </message>
        <message numerus="yes">
            <source>Saved: course from {date}, {grams} over %n day(s) on the ideal weight {weight}.</source>
            <translation>
                <numerusform>Gespeichert: Zyklus ab {date}, {grams} an %n Tag nach dem Idealgewicht {weight}.</numerusform>
                <numerusform>Gespeichert: Zyklus ab {date}, {grams} an %n Tagen nach dem Idealgewicht {weight}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: course from {date}, {grams} over %n day(s) on the adjusted weight {weight}.</source>
            <translation>
                <numerusform>Gespeichert: Zyklus ab {date}, {grams} an %n Tag nach dem angepassten Gewicht {weight}.</numerusform>
                <numerusform>Gespeichert: Zyklus ab {date}, {grams} an %n Tagen nach dem angepassten Gewicht {weight}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: course from {date}, {grams} over %n day(s).</source>
            <translation>
                <numerusform>Gespeichert: Zyklus ab {date}, {grams} an %n Tag.</numerusform>
                <numerusform>Gespeichert: Zyklus ab {date}, {grams} an %n Tagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Number of days</source>
            <translation>Anzahl der Tage</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Concentration</source>
            <translation>Konzentration</translation>
        </message>
        <message>
            <source>Start rate</source>
            <translation>Anfangsgeschwindigkeit</translation>
        </message>
        <message>
            <source>Raise by</source>
            <translation>Steigern um</translation>
        </message>
        <message>
            <source>Raise every</source>
            <translation>Steigern alle</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Höchstgeschwindigkeit</translation>
        </message>
        <message>
            <source>Volume a day</source>
            <translation>Volumen pro Tag</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Präparat</translation>
        </message>
        <message>
            <source>Interval</source>
            <translation>Abstand</translation>
        </message>
        <message>
            <source>Course type</source>
            <translation>Art des Zyklus</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Mit Risiko</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Dose uses</source>
            <translation>Dosis nach</translation>
        </message>
        <message>
            <source>Confirm the dose</source>
            <translation>Dosis bestätigen</translation>
        </message>
        <message>
            <source>Risk factors</source>
            <translation>Risikofaktoren</translation>
        </message>
        <message>
            <source>– not given –</source>
            <translation>– nicht angegeben –</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Weiblich</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Männlich</translation>
        </message>
        <message>
            <source>A child's diary: the dermatomyositis indication of Octagam 10% covers adults only. IVIG for juvenile dermatomyositis is given off-label, on the dose and rates your child's clinic sets: ask the clinic, and check each number below with them.</source>
            <translation>Das Tagebuch eines Kindes: Die Zulassung von Octagam 10% für Dermatomyositis gilt nur für Erwachsene. IVIG bei juveniler Dermatomyositis wird außerhalb der Zulassung gegeben, mit der Dosis und den Raten, die die Klinik Ihres Kindes festlegt: Fragen Sie die Klinik und prüfen Sie jede Zahl unten mit ihr.</translation>
        </message>
        <message>
            <source>Dose for the course</source>
            <translation>Dosis für den Zyklus</translation>
        </message>
        <message>
            <source> days</source>
            <comment>after the number of days of a course</comment>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Actual weight</source>
            <translation>Tatsächliches Gewicht</translation>
        </message>
        <message>
            <source>Ideal weight</source>
            <translation>Idealgewicht</translation>
        </message>
        <message>
            <source>Adjusted weight</source>
            <translation>Angepasstes Gewicht</translation>
        </message>
        <message>
            <source>Actual, ideal and adjusted weight</source>
            <translation>Tatsächliches, ideales und angepasstes Gewicht</translation>
        </message>
        <message>
            <source>I confirm this dose above {limit} g/kg</source>
            <translation>Ich bestätige diese Dosis über {limit} g/kg</translation>
        </message>
        <message>
            <source>&amp;Weight (kg)</source>
            <translation>&amp;Gewicht (kg)</translation>
        </message>
        <message>
            <source>Body weight in kg</source>
            <translation>Körpergewicht in kg</translation>
        </message>
        <message>
            <source>Course t&amp;ype</source>
            <translation>&amp;Art des Zyklus</translation>
        </message>
        <message>
            <source>D&amp;ose (g/kg)</source>
            <translation>D&amp;osis (g/kg)</translation>
        </message>
        <message>
            <source>Dose in g per kg</source>
            <translation>Dosis in g pro kg</translation>
        </message>
        <message>
            <source>&amp;Number of days</source>
            <translation>Anzahl der &amp;Tage</translation>
        </message>
        <message>
            <source>Number of days (2 to 5)</source>
            <translation>Anzahl der Tage (2 bis 5)</translation>
        </message>
        <message>
            <source>&amp;Concentration (%)</source>
            <translation>&amp;Konzentration (%)</translation>
        </message>
        <message>
            <source>Product concentration in %</source>
            <translation>Konzentration des Präparats in %</translation>
        </message>
        <message>
            <source>Height (cm)</source>
            <translation>Größe (cm)</translation>
        </message>
        <message>
            <source>Height in cm</source>
            <translation>Größe in cm</translation>
        </message>
        <message>
            <source>Sex (for ideal weigh&amp;t)</source>
            <translation>Geschle&amp;cht (für das Idealgewicht)</translation>
        </message>
        <message>
            <source>Sex for the ideal weight</source>
            <translation>Geschlecht für das Idealgewicht</translation>
        </message>
        <message>
            <source>Dose weight (the dose uses)</source>
            <translation>Dosisgewicht (danach richtet sich die Dosis)</translation>
        </message>
        <message>
            <source>The weight the dose uses</source>
            <translation>Das Gewicht, nach dem sich die Dosis richtet</translation>
        </message>
        <message>
            <source>Dose warning</source>
            <translation>Dosiswarnung</translation>
        </message>
        <message>
            <source>Course total</source>
            <translation>Zyklus gesamt</translation>
        </message>
        <message>
            <source>Each day</source>
            <translation>Jeden Tag</translation>
        </message>
        <message>
            <source>Infusion rate, step by step</source>
            <translation>Infusionsgeschwindigkeit, Stufe für Stufe</translation>
        </message>
        <message>
            <source>&amp;Start rate (mL/kg/min)</source>
            <translation>A&amp;nfangsgeschwindigkeit (mL/kg/min)</translation>
        </message>
        <message>
            <source>Start rate in mL/kg/min</source>
            <translation>Anfangsgeschwindigkeit in mL/kg/min</translation>
        </message>
        <message>
            <source>Raise &amp;by (mL/kg/min)</source>
            <translation>Steigern &amp;um (mL/kg/min)</translation>
        </message>
        <message>
            <source>Raise the rate by, in mL/kg/min</source>
            <translation>Geschwindigkeit steigern um, in mL/kg/min</translation>
        </message>
        <message>
            <source>Raise every (min&amp;utes)</source>
            <translation>Steigern alle (&amp;Minuten)</translation>
        </message>
        <message>
            <source>Raise every, in minutes</source>
            <translation>Steigern alle, in Minuten</translation>
        </message>
        <message>
            <source>Ma&amp;ximum rate (mL/kg/min)</source>
            <translation>&amp;Höchstgeschwindigkeit (mL/kg/min)</translation>
        </message>
        <message>
            <source>Maximum rate in mL/kg/min</source>
            <translation>Höchstgeschwindigkeit in mL/kg/min</translation>
        </message>
        <message>
            <source>Rate warnings</source>
            <translation>Warnungen zur Geschwindigkeit</translation>
        </message>
        <message>
            <source>Estimated time each day</source>
            <translation>Geschätzte Dauer pro Tag</translation>
        </message>
        <message>
            <source>From minute</source>
            <translation>Ab Minute</translation>
        </message>
        <message>
            <source>mL in this step</source>
            <translation>mL in dieser Stufe</translation>
        </message>
        <message>
            <source>Lasts</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Rate steps for one day</source>
            <translation>Geschwindigkeitsstufen für einen Tag</translation>
        </message>
        <message>
            <source>Save this course</source>
            <translation>Diesen Zyklus speichern</translation>
        </message>
        <message>
            <source> weeks</source>
            <comment>after the number of weeks between courses</comment>
            <translation> Wochen</translation>
        </message>
        <message>
            <source>First d&amp;ay</source>
            <translation>&amp;Erster Tag</translation>
        </message>
        <message>
            <source>First day of the course</source>
            <translation>Erster Tag des Zyklus</translation>
        </message>
        <message>
            <source>P&amp;roduct</source>
            <translation>P&amp;räparat</translation>
        </message>
        <message>
            <source>Next course after (interva&amp;l)</source>
            <translation>Nächster Zyklus nach (Ab&amp;stand)</translation>
        </message>
        <message>
            <source>Weeks until the next course</source>
            <translation>Wochen bis zum nächsten Zyklus</translation>
        </message>
        <message>
            <source>Next course due</source>
            <translation>Nächster Zyklus fällig</translation>
        </message>
        <message>
            <source>Save this course (Ctrl+S)</source>
            <translation>Diesen Zyklus speichern (Strg+S)</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>Saved the profile</source>
            <translation>Profil gespeichert</translation>
        </message>
        <message>
            <source>Saved to your profile: {what}</source>
            <translation>In Ihrem Profil gespeichert: {what}</translation>
        </message>
        <message>
            <source>{key!r} is not a setting of dmtracker</source>
            <translation>{key!r} ist keine Einstellung von dmtracker</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>is required</source>
            <translation>muss angegeben werden</translation>
        </message>
        <message>
            <source>may be at most {top} characters</source>
            <translation>darf höchstens {top} Zeichen lang sein</translation>
        </message>
        <message>
            <source>may not hold control characters</source>
            <translation>darf keine Steuerzeichen enthalten</translation>
        </message>
        <message>
            <source>{name} is already a diary here</source>
            <translation>{name} gibt es hier schon als Tagebuch</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keins</translation>
        </message>
        <message>
            <source>no diary is called {name} (there are: {names})</source>
            <translation>kein Tagebuch heißt {name} (vorhanden: {names})</translation>
        </message>
        <message>
            <source>type the diary's name, {name}, to remove it</source>
            <translation>geben Sie zum Entfernen den Namen des Tagebuchs ein: {name}</translation>
        </message>
        <message>
            <source>the backup was not made</source>
            <translation>die Sicherungskopie wurde nicht angelegt</translation>
        </message>
        <message>
            <source>child (juvenile dermatomyositis)</source>
            <translation>Kind (juvenile Dermatomyositis)</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>erwachsen</translation>
        </message>
        <message>
            <source>&amp;Name of the diary</source>
            <translation>&amp;Name des Tagebuchs</translation>
        </message>
        <message>
            <source>⚠ {verb} – {reason}</source>
            <translation>⚠ {verb} – {reason}</translation>
        </message>
        <message>
            <source>New diary</source>
            <translation>Neues Tagebuch</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>Anl&amp;egen</translation>
        </message>
        <message>
            <source>A diary of its own, in a folder of its own: for example one for you and one for your child. Nothing is shared between diaries.</source>
            <translation>Ein eigenes Tagebuch in einem eigenen Ordner: zum Beispiel eines für Sie und eines für Ihr Kind. Tagebücher teilen nichts miteinander.</translation>
        </message>
        <message>
            <source>&amp;Adult</source>
            <translation>Er&amp;wachsene Person</translation>
        </message>
        <message>
            <source>&amp;Child: juvenile dermatomyositis (JDM)</source>
            <translation>&amp;Kind: juvenile Dermatomyositis (JDM)</translation>
        </message>
        <message>
            <source>A child's diary uses the JDM measures and thresholds; a parent may answer for the child.</source>
            <translation>Ein Tagebuch für ein Kind verwendet die JDM-Messgrößen und -Schwellen; ein Elternteil darf für das Kind antworten.</translation>
        </message>
        <message>
            <source>Not created</source>
            <translation>Nicht angelegt</translation>
        </message>
        <message>
            <source>Rename diary</source>
            <translation>Tagebuch umbenennen</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Umbenennen</translation>
        </message>
        <message>
            <source>&amp;Diary</source>
            <translation>&amp;Tagebuch</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>Not renamed</source>
            <translation>Nicht umbenannt</translation>
        </message>
        <message>
            <source>Remove diary</source>
            <translation>Tagebuch entfernen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>The diary is removed from this computer after a copy of its database is kept in the folder removed-profiles. The diary open now cannot be removed: switch to another one first.</source>
            <translation>Das Tagebuch wird von diesem Computer entfernt, nachdem eine Kopie seiner Datenbank im Ordner removed-profiles abgelegt wurde. Das gerade geöffnete Tagebuch kann nicht entfernt werden: wechseln Sie zuerst zu einem anderen.</translation>
        </message>
        <message>
            <source>&amp;Diary to remove</source>
            <translation>Zu entfernendes &amp;Tagebuch</translation>
        </message>
        <message>
            <source>Diary to remove</source>
            <translation>Zu entfernendes Tagebuch</translation>
        </message>
        <message>
            <source>&amp;Type its name to confirm</source>
            <translation>Zur Bestätigung seinen &amp;Namen eingeben</translation>
        </message>
        <message>
            <source>Type its name to confirm</source>
            <translation>Zur Bestätigung seinen Namen eingeben</translation>
        </message>
        <message>
            <source>There is no other diary to remove.</source>
            <translation>Es gibt kein anderes Tagebuch, das entfernt werden könnte.</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>Nicht entfernt</translation>
        </message>
        <message>
            <source>Choose a diary</source>
            <translation>Tagebuch wählen</translation>
        </message>
        <message>
            <source>Diaries</source>
            <translation>Tagebücher</translation>
        </message>
        <message>
            <source>(open now)</source>
            <translation>(jetzt geöffnet)</translation>
        </message>
        <message>
            <source>Arrow keys choose, Enter opens, Esc cancels.</source>
            <translation>Pfeiltasten wählen, Eingabe öffnet, Esc bricht ab.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;New diary…</source>
            <translation>&amp;Neues Tagebuch…</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>It cannot be cancelled once started.</source>
            <translation>Einmal begonnen, kann es nicht abgebrochen werden.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
    </context>
    <context>
        <name>RashDialog</name>
        <message>
            <source>E&amp;yelids (heliotrope)</source>
            <translation>&amp;Augenlider (Heliotrop-Erythem)</translation>
        </message>
        <message>
            <source>&amp;Cheeks (malar)</source>
            <translation>&amp;Wangen (malar)</translation>
        </message>
        <message>
            <source>Rest of &amp;face</source>
            <translation>Übriges &amp;Gesicht</translation>
        </message>
        <message>
            <source>Scal&amp;p and hair loss</source>
            <translation>&amp;Kopfhaut und Haarausfall</translation>
        </message>
        <message>
            <source>&amp;V of neck and chest</source>
            <translation>&amp;V-Ausschnitt an Hals und Brust</translation>
        </message>
        <message>
            <source>Upper &amp;back, shoulders (shawl)</source>
            <translation>Oberer &amp;Rücken, Schultern (Schal-Zeichen)</translation>
        </message>
        <message>
            <source>Outer &amp;thighs (holster)</source>
            <translation>Äußere &amp;Oberschenkel (Holster-Zeichen)</translation>
        </message>
        <message>
            <source>&amp;Knuckles (Gottron's papules)</source>
            <translation>&amp;Fingerknöchel (Gottron-Papeln)</translation>
        </message>
        <message>
            <source>E&amp;lbows, knees, ankles (Gottron's sign)</source>
            <translation>&amp;Ellbogen, Knie, Knöchel (Gottron-Zeichen)</translation>
        </message>
        <message>
            <source>&amp;Nail folds</source>
            <translation>&amp;Nagelfalz</translation>
        </message>
        <message>
            <source>Sides of fingers (&amp;mechanic's hands)</source>
            <translation>&amp;Seiten der Finger (Mechanikerhände)</translation>
        </message>
        <message>
            <source>C&amp;alcinosis</source>
            <translation>Ka&amp;lzinose (Kalkknoten)</translation>
        </message>
        <message>
            <source>&amp;Other site</source>
            <translation>Andere S&amp;telle</translation>
        </message>
        <message>
            <source>redness</source>
            <translation>Rötung</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>Schuppung</translation>
        </message>
        <message>
            <source>open sore</source>
            <translation>offene Wunde</translation>
        </message>
        <message>
            <source>itch</source>
            <translation>Juckreiz</translation>
        </message>
        <message>
            <source>which site</source>
            <translation>welche Stelle</translation>
        </message>
        <message>
            <source>number of nodules</source>
            <translation>Zahl der Knoten</translation>
        </message>
        <message>
            <source>size of the largest (mm)</source>
            <translation>Größe des größten (mm)</translation>
        </message>
        <message>
            <source>infected</source>
            <translation>entzündet</translation>
        </message>
        <message>
            <source>pain</source>
            <translation>Schmerzen</translation>
        </message>
        <message>
            <source>hair loss</source>
            <translation>Haarausfall</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Largest (mm):</source>
            <translation>Größter (mm):</translation>
        </message>
        <message>
            <source>Calcinosis: size of the largest, in mm</source>
            <translation>Kalzinose: Größe des größten Knotens in mm</translation>
        </message>
        <message>
            <source>Calcinosis: infected</source>
            <translation>Kalzinose: entzündet</translation>
        </message>
        <message>
            <source>Pain (0–10):</source>
            <translation>Schmerzen (0–10):</translation>
        </message>
        <message>
            <source>Calcinosis: pain</source>
            <translation>Kalzinose: Schmerzen</translation>
        </message>
        <message>
            <source>{site}: redness</source>
            <translation>{site}: Rötung</translation>
        </message>
        <message>
            <source>{site}: scaling</source>
            <translation>{site}: Schuppung</translation>
        </message>
        <message>
            <source>{site}: open sore or ulcer</source>
            <translation>{site}: offene Wunde oder Geschwür</translation>
        </message>
        <message>
            <source>{site}: itch</source>
            <translation>{site}: Juckreiz</translation>
        </message>
        <message>
            <source>which site?</source>
            <translation>welche Stelle?</translation>
        </message>
        <message>
            <source>Other site: which site</source>
            <translation>Andere Stelle: welche Stelle</translation>
        </message>
        <message>
            <source>Calcinosis: number of nodules</source>
            <translation>Kalzinose: Zahl der Knoten</translation>
        </message>
        <message>
            <source> nodules</source>
            <comment>after the number of nodules</comment>
            <translation> Knoten</translation>
        </message>
        <message>
            <source>Scalp: hair loss</source>
            <translation>Kopfhaut: Haarausfall</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Foto…</translation>
        </message>
        <message>
            <source>{site}: add a photo</source>
            <translation>{site}: ein Foto hinzufügen</translation>
        </message>
        <message>
            <source>{site}: latest photo</source>
            <translation>{site}: neuestes Foto</translation>
        </message>
        <message>
            <source>Rash log for {day}</source>
            <translation>Hautausschlag am {day}</translation>
        </message>
        <message>
            <source>Rate the sites that have rash today (Alt + the underlined letter jumps to a site). Redness 0 none – 3 dark red or violet; scaling 0 none – 2 thick. Sites left at “–” are not logged. {label}: redness + scaling + 2 for an open sore, added over the sites.</source>
            <translation>Bewerten Sie die Stellen, an denen Sie heute Hautausschlag haben (Alt + der unterstrichene Buchstabe springt zu einer Stelle). Rötung 0 keine – 3 dunkelrot oder violett; Schuppung 0 keine – 2 dick. Stellen, die auf „–“ bleiben, werden nicht eingetragen. {label}: Rötung + Schuppung + 2 für eine offene Wunde, über alle Stellen zusammengezählt.</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Redness (0–3)</source>
            <translation>Rötung (0–3)</translation>
        </message>
        <message>
            <source>Scaling (0–2)</source>
            <translation>Schuppung (0–2)</translation>
        </message>
        <message>
            <source>Open sore</source>
            <translation>Offene Wunde</translation>
        </message>
        <message>
            <source>Itch (0–10)</source>
            <translation>Juckreiz (0–10)</translation>
        </message>
        <message>
            <source>Compare &amp;photos…</source>
            <translation>Fotos verglei&amp;chen…</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n Foto</numerusform>
                <numerusform>%n Fotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label} (computed by the app): {total} from %n site(s)</source>
            <translation>
                <numerusform>{label} (von der App berechnet): {total} aus %n Stelle</numerusform>
                <numerusform>{label} (von der App berechnet): {total} aus %n Stellen</numerusform>
            </translation>
        </message>
        <message>
            <source>{label}: no site rated yet</source>
            <translation>{label}: noch keine Stelle bewertet</translation>
        </message>
        <message>
            <source>{site}, {field}</source>
            <comment>a site and one of its fields</comment>
            <translation>{site}, {field}</translation>
        </message>
        <message>
            <source>a site</source>
            <comment>a site not known</comment>
            <translation>eine Stelle</translation>
        </message>
        <message>
            <source>Rate the redness of this site first, then add its photo.</source>
            <translation>Bewerten Sie zuerst die Rötung dieser Stelle, dann fügen Sie ihr Foto hinzu.</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Foto auswählen</translation>
        </message>
        <message>
            <source>rate the redness of this site first</source>
            <translation>bewerten Sie zuerst die Rötung dieser Stelle</translation>
        </message>
        <message>
            <source>Photo not added</source>
            <translation>Foto nicht hinzugefügt</translation>
        </message>
        <message>
            <source>Photo added.</source>
            <translation>Foto hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>{kind} for {day}</source>
            <translation>{kind} für den {day}</translation>
        </message>
        <message>
            <source>no such record ({id})</source>
            <translation>diesen Eintrag gibt es nicht ({id})</translation>
        </message>
        <message>
            <source>Saved {what}</source>
            <translation>Gespeichert: {what}</translation>
        </message>
        <message>
            <source>Updated {what}</source>
            <translation>Geändert: {what}</translation>
        </message>
        <message>
            <source>Deleted {what}</source>
            <translation>Gelöscht: {what}</translation>
        </message>
        <message>
            <source>Restored {what}</source>
            <translation>Wiederhergestellt: {what}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>automatic daily backup</source>
            <translation>automatische tägliche Sicherungskopie</translation>
        </message>
        <message>
            <source>made by you</source>
            <translation>von Ihnen erstellt</translation>
        </message>
        <message>
            <source>made before an update</source>
            <translation>vor einem Update erstellt</translation>
        </message>
        <message>
            <source>made before a restore</source>
            <translation>vor einer Wiederherstellung erstellt</translation>
        </message>
        <message>
            <source>dmtracker: your diary file is damaged</source>
            <translation>dmtracker: Ihre Tagebuchdatei ist beschädigt</translation>
        </message>
        <message>
            <source>Your diary file is damaged</source>
            <translation>Ihre Tagebuchdatei ist beschädigt</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>die Datei kann nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <source> (and %n more problem(s))</source>
            <translation>
                <numerusform> (und %n weiteres Problem)</numerusform>
                <numerusform> (und %n weitere Probleme)</numerusform>
            </translation>
        </message>
        <message>
            <source>When dmtracker started, it checked your diary file and found a problem: &lt;b&gt;{problem}&lt;/b&gt;{more}. Nothing has been changed.</source>
            <translation>Beim Start hat dmtracker Ihre Tagebuchdatei geprüft und ein Problem gefunden: &lt;b&gt;{problem}&lt;/b&gt;{more}. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Was nicht stimmt</translation>
        </message>
        <message>
            <source>The damaged diary file</source>
            <translation>Die beschädigte Tagebuchdatei</translation>
        </message>
        <message>
            <source>Damaged &amp;file:</source>
            <translation>Beschädigte &amp;Datei:</translation>
        </message>
        <message>
            <source>Newest good backup</source>
            <translation>Neueste intakte Sicherungskopie</translation>
        </message>
        <message>
            <source>Taken &lt;b&gt;{time}&lt;/b&gt; ({kind})</source>
            <translation>Erstellt &lt;b&gt;{time}&lt;/b&gt; ({kind})</translation>
        </message>
        <message>
            <source>When the backup was taken</source>
            <translation>Wann die Sicherungskopie erstellt wurde</translation>
        </message>
        <message>
            <source>The backup file</source>
            <translation>Die Datei der Sicherungskopie</translation>
        </message>
        <message>
            <source>&amp;Backup file:</source>
            <translation>&amp;Sicherungskopie:</translation>
        </message>
        <message>
            <source>Restoring puts this backup in place of the damaged file. Records saved after {time} are not in it. The damaged file is &lt;b&gt;not deleted&lt;/b&gt;: it is kept in the backups folder, so nothing is thrown away.</source>
            <translation>Beim Wiederherstellen tritt diese Sicherungskopie an die Stelle der beschädigten Datei. Einträge, die nach {time} gespeichert wurden, sind nicht darin. Die beschädigte Datei wird &lt;b&gt;nicht gelöscht&lt;/b&gt;: Sie wird im Ordner der Sicherungskopien aufbewahrt, es geht also nichts verloren.</translation>
        </message>
        <message>
            <source>There is no good backup to restore. The damaged file is left as it is. Keep a copy of it, and ask for help to rescue what can be read (&lt;code&gt;dmtracker check&lt;/code&gt; shows what is wrong).</source>
            <translation>Es gibt keine intakte Sicherungskopie zum Wiederherstellen. Die beschädigte Datei bleibt, wie sie ist. Bewahren Sie eine Kopie davon auf und holen Sie sich Hilfe, um zu retten, was sich lesen lässt (&lt;code&gt;dmtracker check&lt;/code&gt; zeigt, was nicht stimmt).</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>Diese Sicherungskopie &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Quit dmtracker</source>
            <translation>dmtracker beenden</translation>
        </message>
        <message>
            <source>The backup could not be restored: {reason}</source>
            <translation>Die Sicherungskopie konnte nicht wiederhergestellt werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RedFlagDialog</name>
        <message>
            <source>&amp;Save with the red-flag mark</source>
            <translation>Mit Warnzeichen-Markierung &amp;speichern</translation>
        </message>
        <message>
            <source>Save (tick “I have read” first)</source>
            <translation>Speichern (zuerst „Ich habe gelesen“ ankreuzen)</translation>
        </message>
        <message>
            <source>Seek urgent medical care now</source>
            <translation>Suchen Sie jetzt sofort ärztliche Hilfe</translation>
        </message>
        <message>
            <source>⚠ RED FLAG: seek urgent medical care now</source>
            <translation>⚠ WARNZEICHEN: Suchen Sie jetzt sofort ärztliche Hilfe</translation>
        </message>
        <message>
            <source>You logged: {terms}</source>
            <translation>Sie haben eingetragen: {terms}</translation>
        </message>
        <message>
            <source>I have &amp;read this message</source>
            <translation>Ich habe diese Nachricht &amp;gelesen</translation>
        </message>
        <message>
            <source>&amp;Change my answer</source>
            <translation>Antwort &amp;ändern</translation>
        </message>
        <message>
            <source>Back to the form; nothing is saved (Esc does the same)</source>
            <translation>Zurück zum Formular; nichts wird gespeichert (Esc tut dasselbe)</translation>
        </message>
        <message>
            <source>this</source>
            <translation>dies</translation>
        </message>
        <message>
            <source>{urgent}. You marked {terms} as a red flag. Call your doctor, out-of-hours service or emergency number now, and say which treatments you have had (for example IVIG in the last days).</source>
            <translation>{urgent}. Sie haben {terms} als Warnzeichen markiert. Rufen Sie jetzt Ihre Ärztin oder Ihren Arzt, den ärztlichen Bereitschaftsdienst oder den Notruf an und sagen Sie, welche Behandlungen Sie bekommen haben (zum Beispiel IVIG in den letzten Tagen).</translation>
        </message>
    </context>
    <context>
        <name>RedFlags</name>
        <message>
            <source>Seek urgent medical care now</source>
            <translation>Holen Sie sofort ärztliche Hilfe</translation>
        </message>
        <message>
            <source>Blood clot or stroke</source>
            <translation>Blutgerinnsel oder Schlaganfall</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. This can be a blood clot in a leg, lung, heart or brain (a stroke), a known risk in the days after IVIG. Call your emergency number; do not drive yourself. Say that you recently had IVIG.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Das kann ein Blutgerinnsel im Bein, in der Lunge, im Herzen oder im Gehirn (ein Schlaganfall) sein, ein bekanntes Risiko in den Tagen nach IVIG. Rufen Sie sofort den Notruf 112; fahren Sie nicht selbst. Sagen Sie, dass Sie vor Kurzem IVIG bekommen haben.</translation>
        </message>
        <message>
            <source>Stroke (FAST: face, arms, speech, time)</source>
            <translation>Schlaganfall (FAST: Gesicht, Arme, Sprache, Zeit)</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. A drooping face, a weak arm, trouble speaking or sudden confusion can be a stroke, a known risk in the days after IVIG. Think FAST: Face, Arms, Speech, Time to call. Call your emergency number now, note the time it began, and say that you recently had IVIG.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Ein hängender Mundwinkel, ein schwacher Arm, Sprachstörungen oder plötzliche Verwirrtheit können ein Schlaganfall sein, ein bekanntes Risiko in den Tagen nach IVIG. Denken Sie an FAST: Face (Gesicht), Arms (Arme), Speech (Sprache), Time (Zeit – sofort anrufen). Rufen Sie sofort den Notruf 112, merken Sie sich, wann es begonnen hat, und sagen Sie, dass Sie vor Kurzem IVIG bekommen haben.</translation>
        </message>
        <message>
            <source>Breathing trouble: lung reaction (TRALI) or lung clot</source>
            <translation>Atemnot: Lungenreaktion (TRALI) oder Blutgerinnsel in der Lunge</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Trouble breathing or blue lips within 6 hours of an infusion can be a lung reaction to the infusion (TRALI, low oxygen). New or worse breathlessness at any time after IVIG can also be a clot in the lung, a severe allergic reaction or too much fluid. If an infusion is running, tell the nurse at once; otherwise call your emergency number and say that you recently had IVIG.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Atemnot oder blaue Lippen innerhalb von 6 Stunden nach einer Infusion können eine Reaktion der Lunge auf die Infusion sein (TRALI, zu wenig Sauerstoff). Neue oder stärkere Atemnot zu jeder Zeit nach IVIG kann auch ein Blutgerinnsel in der Lunge, eine schwere allergische Reaktion oder zu viel Flüssigkeit bedeuten. Wenn gerade eine Infusion läuft, sagen Sie es sofort der Pflegekraft; sonst rufen Sie sofort den Notruf 112 und sagen Sie, dass Sie vor Kurzem IVIG bekommen haben.</translation>
        </message>
        <message>
            <source>Aseptic meningitis</source>
            <translation>Aseptische Meningitis (Hirnhautreizung)</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. A severe headache, a stiff neck or eyes that hurt in the light, often with fever, can be aseptic meningitis: swelling of the lining of the brain, a known reaction from a few hours to 2 days after IVIG. Call your doctor or emergency number now and say that you recently had IVIG.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Starke Kopfschmerzen, ein steifer Nacken oder lichtempfindliche Augen, oft mit Fieber, können eine aseptische Meningitis sein: eine Schwellung der Hirnhäute, eine bekannte Reaktion wenige Stunden bis 2 Tage nach IVIG. Rufen Sie jetzt Ihre Ärztin oder Ihren Arzt an oder sofort den Notruf 112 und sagen Sie, dass Sie vor Kurzem IVIG bekommen haben.</translation>
        </message>
        <message>
            <source>Haemolysis (red blood cells breaking down)</source>
            <translation>Hämolyse (rote Blutkörperchen werden abgebaut)</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Dark red or brown urine, or yellow skin or eyes, can mean red blood cells are breaking down (haemolysis), a known reaction in the days after IVIG. Call your doctor or emergency number now and say that you recently had IVIG.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Dunkelroter oder brauner Urin oder eine gelbe Haut oder gelbe Augen können bedeuten, dass rote Blutkörperchen abgebaut werden (Hämolyse), eine bekannte Reaktion in den Tagen nach IVIG. Rufen Sie jetzt Ihre Ärztin oder Ihren Arzt an oder sofort den Notruf 112 und sagen Sie, dass Sie vor Kurzem IVIG bekommen haben.</translation>
        </message>
        <message>
            <source>Kidney problem</source>
            <translation>Nierenproblem</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Passing much less urine than usual, or sudden swelling or weight gain, can mean the kidneys are not working well, a known risk after IVIG. Call your doctor or emergency number now and say that you recently had IVIG.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Viel weniger Urin als sonst oder plötzliche Schwellungen oder Gewichtszunahme können bedeuten, dass die Nieren nicht gut arbeiten, ein bekanntes Risiko nach IVIG. Rufen Sie jetzt Ihre Ärztin oder Ihren Arzt an oder sofort den Notruf 112 und sagen Sie, dass Sie vor Kurzem IVIG bekommen haben.</translation>
        </message>
        <message>
            <source>Severe allergic reaction</source>
            <translation>Schwere allergische Reaktion</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Swelling of the throat or mouth, wheeze or fainting can be a severe allergic reaction. If an infusion is running, tell the nurse at once; otherwise call your emergency number.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Eine Schwellung im Hals oder Mund, pfeifende Atmung oder Ohnmacht können eine schwere allergische Reaktion sein. Wenn gerade eine Infusion läuft, sagen Sie es sofort der Pflegekraft; sonst rufen Sie sofort den Notruf 112.</translation>
        </message>
        <message>
            <source>Serious infection</source>
            <translation>Schwere Infektion</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. A temperature of 38.0 °C or more while you take medicines that damp down the immune system (such as prednisone, methotrexate, azathioprine or mycophenolate) can be a serious infection. Call your doctor, out-of-hours service or emergency number now.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Eine Temperatur von 38,0 °C oder mehr, während Sie Medikamente nehmen, die das Immunsystem dämpfen (zum Beispiel Prednison, Methotrexat, Azathioprin oder Mycophenolat), kann eine schwere Infektion sein. Rufen Sie jetzt Ihre Ärztin oder Ihren Arzt, den ärztlichen Bereitschaftsdienst oder sofort den Notruf 112 an.</translation>
        </message>
        <message>
            <source>Methotrexate side effects on blood, mouth or lungs</source>
            <translation>Nebenwirkungen von Methotrexat auf Blut, Mund oder Lunge</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Mouth ulcers, unusual bruising or bleeding, or a sore throat with fever can be signs that methotrexate is affecting the blood cells or the lining of the mouth; with a new cough or breathlessness, the lungs. Call your doctor or out-of-hours service today, or your emergency number if you feel very unwell, and say that you take methotrexate.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Wunde Stellen im Mund, ungewöhnliche blaue Flecken oder Blutungen oder Halsschmerzen mit Fieber können Zeichen sein, dass Methotrexat die Blutzellen oder die Mundschleimhaut angreift; bei neuem Husten oder Atemnot die Lunge. Rufen Sie noch heute Ihre Ärztin oder Ihren Arzt oder den ärztlichen Bereitschaftsdienst an – wenn es Ihnen sehr schlecht geht, sofort den Notruf 112 – und sagen Sie, dass Sie Methotrexat nehmen.</translation>
        </message>
        <message>
            <source>Dermatomyositis affecting the throat, lungs, skin or muscles</source>
            <translation>Dermatomyositis an Hals, Lunge, Haut oder Muskeln</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. New choking on food, a new cough or breathlessness, a skin ulcer, or weakness that is quickly getting worse can mean the dermatomyositis itself is affecting the throat, lungs, skin or muscles. Call your myositis team, doctor or emergency number now.</source>
            <translation>Holen Sie sofort ärztliche Hilfe. Neues Verschlucken beim Essen, neuer Husten oder Atemnot, ein offenes Geschwür an der Haut oder Muskelschwäche, die schnell schlimmer wird, können bedeuten, dass die Dermatomyositis selbst Hals, Lunge, Haut oder Muskeln angreift. Rufen Sie jetzt Ihr Myositis-Team oder Ihre Ärztin oder Ihren Arzt an oder sofort den Notruf 112.</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Daily reminder</source>
            <translation>Tägliche Erinnerung</translation>
        </message>
        <message>
            <source>If today has no check-in by this time, dmtracker shows a banner (and a notification where the desktop has a system tray). It stays quiet once you log.</source>
            <translation>Wenn es bis zu dieser Uhrzeit keinen Tageseintrag für heute gibt, zeigt dmtracker einen Hinweis (und eine Benachrichtigung, wo der Desktop einen Infobereich hat). Sobald Sie eingetragen haben, bleibt es still.</translation>
        </message>
        <message>
            <source>&amp;Remind me</source>
            <translation>&amp;Erinnern</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>&amp;At:</source>
            <translation>&amp;Um:</translation>
        </message>
    </context>
    <context>
        <name>ReportData</name>
        <message>
            <source>(no name entered)</source>
            <translation>(kein Name eingetragen)</translation>
        </message>
        <message>
            <source>{name} (last day)</source>
            <translation>{name} (letzter Tag)</translation>
        </message>
        <message>
            <source>answered {day}</source>
            <translation>beantwortet am {day}</translation>
        </message>
        <message>
            <source>{effect} (grade {grade})</source>
            <translation>{effect} (Grad {grade})</translation>
        </message>
        <message>
            <source>{scale} {value:g} (mean of the 4 before {baseline:.1f})</source>
            <translation>{scale} {value} (Mittelwert der 4 davor {baseline})</translation>
        </message>
    </context>
    <context>
        <name>ReportGlance</name>
        <message>
            <source>blood clot or stroke</source>
            <translation>Blutgerinnsel oder Schlaganfall</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>serious</source>
            <comment>a serious side effect</comment>
            <translation>schwer</translation>
        </message>
        <message>
            <source>grade {grade}</source>
            <translation>Grad {grade}</translation>
        </message>
        <message>
            <source>Red flags and serious events: {events} ({all} in all; the rest in the Tables)</source>
            <translation>Warnzeichen und schwere Ereignisse: {events} (insgesamt {all}; die übrigen in den Tabellen)</translation>
        </message>
        <message>
            <source>Red flags and serious events: {events}</source>
            <translation>Warnzeichen und schwere Ereignisse: {events}</translation>
        </message>
        <message>
            <source>No red flags or serious events recorded</source>
            <translation>Keine Warnzeichen oder schweren Ereignisse eingetragen</translation>
        </message>
        <message>
            <source>Blood thinner now: {drugs}</source>
            <translation>Blutverdünner jetzt: {drugs}</translation>
        </message>
        <message>
            <source>No blood thinner recorded as current</source>
            <translation>Kein aktueller Blutverdünner eingetragen</translation>
        </message>
        <message>
            <source>infusion rate at most {cap} mL/kg/min (IVIG label)</source>
            <translation>Infusionsgeschwindigkeit höchstens {cap} mL/kg/min (Fachinformation IVIG)</translation>
        </message>
        <message>
            <source>No TIS yet (needs a baseline and a later clinic visit).</source>
            <translation>Noch kein TIS (braucht einen Ausgangswert und einen späteren Arzttermin).</translation>
        </message>
        <message>
            <source>(partial: estimate)</source>
            <translation>(unvollständig: Schätzung)</translation>
        </message>
        <message>
            <source>Total Improvement Score &lt;b&gt;{total}{partial}&lt;/b&gt;, {category}, visit {visit}; baseline visit &lt;b&gt;{baseline}&lt;/b&gt; ({reason}).</source>
            <translation>Total Improvement Score &lt;b&gt;{total}{partial}&lt;/b&gt;, {category}, Arzttermin {visit}; Ausgangstermin &lt;b&gt;{baseline}&lt;/b&gt; ({reason}).</translation>
        </message>
        <message>
            <source>No confirmed deterioration at any two consecutive visits after the baseline.</source>
            <translation>Keine bestätigte Verschlechterung bei zwei aufeinanderfolgenden Arztterminen nach dem Ausgangstermin.</translation>
        </message>
        <message>
            <source>No clinic visit with MMT-8 or physician global recorded.</source>
            <translation>Kein Arzttermin mit MMT-8 oder ärztlicher Gesamteinschätzung eingetragen.</translation>
        </message>
        <message>
            <source>{value} of {scale}</source>
            <translation>{value} von {scale}</translation>
        </message>
        <message>
            <source>{value} of 10 cm</source>
            <translation>{value} von 10 cm</translation>
        </message>
        <message>
            <source>CMAS &lt;b&gt;{cmas} of 52&lt;/b&gt; (higher is better) · physician global &lt;b&gt;{physician}&lt;/b&gt; (visit {day})</source>
            <translation>CMAS &lt;b&gt;{cmas} von 52&lt;/b&gt; (höher ist besser) · ärztliche Gesamtbeurteilung &lt;b&gt;{physician}&lt;/b&gt; (Termin {day})</translation>
        </message>
        <message>
            <source>MMT-8 &lt;b&gt;{mmt}&lt;/b&gt; · physician global &lt;b&gt;{physician}&lt;/b&gt; (visit {day})</source>
            <translation>MMT-8 &lt;b&gt;{mmt}&lt;/b&gt; · ärztliche Gesamteinschätzung &lt;b&gt;{physician}&lt;/b&gt; (Arzttermin {day})</translation>
        </message>
        <message>
            <source>No muscle enzyme results recorded.</source>
            <translation>Keine Werte der Muskelenzyme eingetragen.</translation>
        </message>
        <message>
            <source>(no upper limit given)</source>
            <translation>(keine obere Normgrenze angegeben)</translation>
        </message>
        <message>
            <source>(all on {day})</source>
            <translation>(alle vom {day})</translation>
        </message>
        <message>
            <source>Weight &lt;b&gt;{weight} kg&lt;/b&gt; ({day}{bmi})</source>
            <translation>Gewicht &lt;b&gt;{weight} kg&lt;/b&gt; ({day}{bmi})</translation>
        </message>
        <message>
            <source>No weight recorded</source>
            <translation>Kein Gewicht eingetragen</translation>
        </message>
        <message>
            <source>next course planned &lt;b&gt;{day}&lt;/b&gt; ({when}): {g_per_kg} g/kg on the {basis} weight &lt;b&gt;{weight} kg&lt;/b&gt; = {total} g</source>
            <translation>nächster Zyklus geplant &lt;b&gt;{day}&lt;/b&gt; ({when}): {g_per_kg} g/kg nach dem {basis} Gewicht &lt;b&gt;{weight} kg&lt;/b&gt; = {total} g</translation>
        </message>
        <message>
            <source>actual</source>
            <comment>the dosing weight: the body weight</comment>
            <translation>tatsächlichen</translation>
        </message>
        <message>
            <source>ideal (Devine)</source>
            <comment>the dosing weight</comment>
            <translation>idealen (Devine)</translation>
        </message>
        <message>
            <source>adjusted</source>
            <comment>the dosing weight: the adjusted body weight</comment>
            <translation>angepassten</translation>
        </message>
        <message>
            <source>last course {day}: {g_per_kg} g/kg dosed on the {basis} weight &lt;b&gt;{weight} kg&lt;/b&gt;</source>
            <translation>letzter Zyklus {day}: {g_per_kg} g/kg, dosiert nach dem {basis} Gewicht &lt;b&gt;{weight} kg&lt;/b&gt;</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n Tag überfällig</numerusform>
                <numerusform>%n Tage überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>next course due &lt;b&gt;{day}&lt;/b&gt; ({when})</source>
            <translation>nächster Zyklus fällig &lt;b&gt;{day}&lt;/b&gt; ({when})</translation>
        </message>
        <message numerus="yes">
            <source>week of {day}: &lt;b&gt;{steps}&lt;/b&gt; (%n day(s))</source>
            <translation>
                <numerusform>Woche ab {day}: &lt;b&gt;{steps}&lt;/b&gt; (%n Tag)</numerusform>
                <numerusform>Woche ab {day}: &lt;b&gt;{steps}&lt;/b&gt; (%n Tage)</numerusform>
            </translation>
        </message>
        <message>
            <source>Average steps a day, by week (from a phone or watch):</source>
            <translation>Durchschnittliche Schritte pro Tag, nach Wochen (von Handy oder Uhr):</translation>
        </message>
        <message numerus="yes">
            <source>(the last %n weeks of the period)</source>
            <translation>
                <numerusform>(die letzte Woche des Zeitraums)</numerusform>
                <numerusform>(die letzten %n Wochen des Zeitraums)</numerusform>
            </translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>Deterioration</source>
            <translation>Verschlechterung</translation>
        </message>
        <message>
            <source>Muscle</source>
            <translation>Muskeln</translation>
        </message>
        <message>
            <source>Enzymes (latest)</source>
            <translation>Enzyme (letzte)</translation>
        </message>
        <message>
            <source>Weight and dose</source>
            <translation>Gewicht und Dosis</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>Auf einen Blick</translation>
        </message>
        <message>
            <source>{drug} {dose}</source>
            <comment>a drug and its dose</comment>
            <extracomment>The clinic report shows the average daily steps of at most this many weeks (the latest).</extracomment>
            <translation>{drug} {dose}</translation>
        </message>
        <message>
            <source>no thrombosis or kidney risk factor recorded</source>
            <translation>kein Risikofaktor für Thrombose oder die Nieren eingetragen</translation>
        </message>
        <message>
            <source>at risk (thrombosis and kidney: {reasons})</source>
            <translation>Risiko (Thrombose und Nieren: {reasons})</translation>
        </message>
        <message>
            <source>at risk (thrombosis: {reasons})</source>
            <translation>Risiko (Thrombose: {reasons})</translation>
        </message>
        <message>
            <source>at risk (kidney: {reasons})</source>
            <translation>Risiko (Nieren: {reasons})</translation>
        </message>
        <message>
            <source>at risk ({reasons})</source>
            <translation>Risiko ({reasons})</translation>
        </message>
    </context>
    <context>
        <name>ReportLayout</name>
        <message>
            <source>Laying out the pages</source>
            <translation>Seiten werden umbrochen</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <comment>the foot of a PDF page</comment>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>progress: writing</comment>
            <translation>Seite {page} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>ReportPeriod</name>
        <message>
            <source>Since the last clinic visit</source>
            <translation>Seit dem letzten Arzttermin</translation>
        </message>
        <message>
            <source>4 weeks (one cycle)</source>
            <translation>4 Wochen (ein Zyklus)</translation>
        </message>
        <message>
            <source>12 weeks</source>
            <translation>12 Wochen</translation>
        </message>
        <message>
            <source>6 months</source>
            <translation>6 Monate</translation>
        </message>
        <message>
            <source>Custom dates</source>
            <translation>Selbst gewählte Daten</translation>
        </message>
        <message>
            <source>previous period</source>
            <translation>vorheriger Zeitraum</translation>
        </message>
        <message numerus="yes">
            <source>{start} to {end} (%n day(s))</source>
            <translation>
                <numerusform>{start} bis {end} (%n Tag)</numerusform>
                <numerusform>{start} bis {end} (%n Tage)</numerusform>
            </translation>
        </message>
        <message>
            <source>must be one of {choices}; got {preset!r}</source>
            <translation>muss eines davon sein: {choices}; angegeben: {preset!r}</translation>
        </message>
        <message>
            <source>is required for a custom period</source>
            <translation>wird für einen eigenen Zeitraum gebraucht</translation>
        </message>
        <message>
            <source>no clinic visit is recorded yet; choose another</source>
            <translation>es ist noch kein Arzttermin eingetragen; wählen Sie einen anderen Zeitraum</translation>
        </message>
        <message>
            <source>since the clinic visit of {day}</source>
            <translation>seit dem Arzttermin am {day}</translation>
        </message>
        <message>
            <source>{start} is after the end date (to) {end}</source>
            <translation>{start} liegt nach dem Enddatum (bis) {end}</translation>
        </message>
        <message>
            <source>{day} is in the future</source>
            <translation>{day} liegt in der Zukunft</translation>
        </message>
        <message>
            <source>the period may be at most 30 years</source>
            <translation>der Zeitraum darf höchstens 30 Jahre lang sein</translation>
        </message>
    </context>
    <context>
        <name>ReportTables</name>
        <message numerus="yes">
            <source>%n more row(s) in the CSV export ({csv}).</source>
            <translation>
                <numerusform>%n weitere Zeile im CSV-Export ({csv}).</numerusform>
                <numerusform>%n weitere Zeilen im CSV-Export ({csv}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Dates (days given)</source>
            <translation>Daten (gegebene Tage)</translation>
        </message>
        <message>
            <source>Product, lot</source>
            <translation>Präparat, Charge</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Fastest rate (mL/kg/min)</source>
            <translation>Höchste Rate (mL/kg/min)</translation>
        </message>
        <message>
            <source>Premedication</source>
            <translation>Prämedikation</translation>
        </message>
        <message>
            <source>Vital signs: BP range, highest HR, °C</source>
            <translation>Vitalzeichen: Blutdruckbereich, höchster Puls, °C</translation>
        </message>
        <message>
            <source>Reactions (grade)</source>
            <translation>Reaktionen (Grad)</translation>
        </message>
        <message>
            <source>Setting</source>
            <comment>where an infusion was given</comment>
            <translation>Ort</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no reactions</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>{dates} ({given} of {planned})</source>
            <translation>{dates} ({given} von {planned})</translation>
        </message>
        <message>
            <source>lot {lot}</source>
            <translation>Charge {lot}</translation>
        </message>
        <message>
            <source>{count} of {all}</source>
            <translation>{count} von {all}</translation>
        </message>
        <message>
            <source>▲ {count} above, max {worst} × ULN</source>
            <translation>▲ {count} darüber, max. {worst} × ULN</translation>
        </message>
        <message>
            <source>Each value with the reference range of the lab that measured it; ▲ above, ▼ below the range; × ULN = times the upper limit of normal.</source>
            <translation>Jeder Wert mit dem Referenzbereich des Labors, das ihn gemessen hat; ▲ über, ▼ unter dem Bereich; × ULN = Vielfaches der oberen Normgrenze (upper limit of normal).</translation>
        </message>
        <message>
            <source>None in the period.</source>
            <translation>Keine im Zeitraum.</translation>
        </message>
        <message>
            <source>None in these days.</source>
            <translation>Keine in diesen Tagen.</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <source>Infusion days ({count})</source>
            <translation>Infusionstage ({count})</translation>
        </message>
        <message>
            <source>IVIG courses ({courses} courses, {days} infusion days)</source>
            <translation>IVIG-Zyklen ({courses} Zyklen, {days} Infusionstage)</translation>
        </message>
        <message>
            <source>A long period: each course is one row here; every field the nurse recorded is listed below for the infusion days since {since} (the last {recent} days).</source>
            <translation>Ein langer Zeitraum: Jeder Zyklus ist hier eine Zeile; alle Angaben, die die Pflegekraft eingetragen hat, stehen unten für die Infusionstage seit {since} (die letzten {recent} Tage).</translation>
        </message>
        <message>
            <source>Infusion days since {since} ({count})</source>
            <translation>Infusionstage seit {since} ({count})</translation>
        </message>
        <message>
            <source>▲ above the {cap} cap</source>
            <translation>▲ über der Grenze von {cap}</translation>
        </message>
        <message>
            <source>hydration {ml} mL</source>
            <translation>Flüssigkeit {ml} mL</translation>
        </message>
        <message>
            <source>day {day} of {days}</source>
            <translation>Tag {day} von {days}</translation>
        </message>
        <message>
            <source>exp. {day}</source>
            <comment>the expiry date of a vial</comment>
            <translation>verw. bis {day}</translation>
        </message>
        <message>
            <source>HR {rate}</source>
            <comment>heart rate</comment>
            <translation>Puls {rate}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <comment>of day</comment>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Rate steps (mL/kg/min)</source>
            <translation>Infusionsrate, Stufen (mL/kg/min)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Vital signs</source>
            <translation>Vitalzeichen</translation>
        </message>
        <message>
            <source>Setting, notes</source>
            <translation>Ort, Notizen</translation>
        </message>
        <message>
            <source>Side effects ({count})</source>
            <translation>Nebenwirkungen ({count})</translation>
        </message>
        <message>
            <source>A long period: side effects are counted by kind first; listed one by one below are every serious one, every red flag and grade 3–4, and all since {since} (the last {recent} days).</source>
            <translation>Ein langer Zeitraum: Nebenwirkungen werden zuerst nach Art gezählt; einzeln aufgeführt sind unten jede schwere, jedes Warnzeichen und Grad 3–4 sowie alle seit {since} (die letzten {recent} Tage).</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Nebenwirkung</translation>
        </message>
        <message>
            <source>Times</source>
            <comment>how many times</comment>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Worst grade</source>
            <translation>Schwerster Grad</translation>
        </message>
        <message>
            <source>Linked to IVIG</source>
            <translation>Mit IVIG verknüpft</translation>
        </message>
        <message>
            <source>First – last</source>
            <translation>Erstes – letztes</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ausgänge</translation>
        </message>
        <message>
            <source>Listed one by one ({count})</source>
            <translation>Einzeln aufgeführt ({count})</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Keine.</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>serious</source>
            <comment>a serious side effect</comment>
            <translation>schwer</translation>
        </message>
        <message>
            <source>ended {moment}</source>
            <translation>beendet {moment}</translation>
        </message>
        <message>
            <source>course of {day} (chosen)</source>
            <translation>Zyklus vom {day} (gewählt)</translation>
        </message>
        <message>
            <source>course of {day}</source>
            <translation>Zyklus vom {day}</translation>
        </message>
        <message>
            <source>not linked</source>
            <translation>nicht verknüpft</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grad</translation>
        </message>
        <message>
            <source>Linked to</source>
            <translation>Verknüpft mit</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was getan wurde</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ausgang</translation>
        </message>
        <message>
            <source>Lab results ({count})</source>
            <translation>Laborwerte ({count})</translation>
        </message>
        <message>
            <source>A long period: the results are summarised by year: the median (n = how many), and when some were above the lab's range, how many (▲) and the highest as × its upper limit of normal. Every result since {since} (the last {recent} days) is listed after.</source>
            <translation>Ein langer Zeitraum: Die Werte sind nach Jahr zusammengefasst: der Median (n = Anzahl) und, wenn welche über dem Bereich des Labors lagen, wie viele (▲) und der höchste als Vielfaches der oberen Normgrenze (× ULN). Jeder Wert seit {since} (die letzten {recent} Tage) folgt danach.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Results since {since} ({count})</source>
            <translation>Werte seit {since} ({count})</translation>
        </message>
        <message>
            <source>Collected</source>
            <comment>the day a blood sample was taken</comment>
            <translation>Abgenommen</translation>
        </message>
        <message>
            <source>(entered {value} {unit})</source>
            <translation>(eingetragen {value} {unit})</translation>
        </message>
        <message>
            <source>range {low}–{high}</source>
            <translation>Bereich {low}–{high}</translation>
        </message>
        <message>
            <source>no range given</source>
            <translation>kein Bereich angegeben</translation>
        </message>
        <message>
            <source>Clinic visits ({count})</source>
            <translation>Arzttermine ({count})</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Ärztin/Arzt</translation>
        </message>
        <message>
            <source>Physician global (0–10)</source>
            <translation>Ärztliche Gesamteinschätzung (0–10)</translation>
        </message>
        <message>
            <source>Extramuscular (0–10)</source>
            <translation>Extramuskulär (0–10)</translation>
        </message>
        <message>
            <source>CDASI activity / damage</source>
            <translation>CDASI Aktivität / Schaden</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Total Improvement Score (computed by the app)</source>
            <translation>Total Improvement Score (von der App berechnet)</translation>
        </message>
        <message>
            <source>No clinic visit in the period was scored.</source>
            <translation>Kein Arzttermin im Zeitraum wurde bewertet.</translation>
        </message>
        <message>
            <source>A long period: one row per visit; the measure-by-measure breakdown is shown for the latest scored visit ({day}).</source>
            <translation>Ein langer Zeitraum: eine Zeile pro Arzttermin; die Aufschlüsselung nach Messwerten steht für den letzten bewerteten Arzttermin ({day}).</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Arzttermin</translation>
        </message>
        <message>
            <source>Weeks after the baseline</source>
            <translation>Wochen nach dem Ausgangstermin</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Messwerte</translation>
        </message>
        <message>
            <source>Visit {day} ({weeks} weeks after the baseline): {summary}</source>
            <translation>Arzttermin {day} ({weeks} Wochen nach dem Ausgangstermin): {summary}</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>Core set measure</source>
            <translation>Messwert des Core Sets</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Verlaufswert</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Verbesserung</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Partial TIS: {count} of {all} measures, so no category (an estimate only).</source>
            <translation>Unvollständiger TIS: {count} von {all} Messwerten, daher keine Kategorie (nur eine Schätzung).</translation>
        </message>
        <message>
            <source>{percent} (worse)</source>
            <translation>{percent} (schlechter)</translation>
        </message>
        <message>
            <source>Appendix: daily log</source>
            <translation>Anhang: Tagesverlauf</translation>
        </message>
        <message>
            <source>A long period: the days since {since} (the last {recent} days) are listed.</source>
            <translation>Ein langer Zeitraum: Aufgeführt sind die Tage seit {since} (die letzten {recent} Tage).</translation>
        </message>
        <message>
            <source>Nothing logged in the period.</source>
            <translation>Im Zeitraum nichts eingetragen.</translation>
        </message>
        <message>
            <source>Appendix: rash photos</source>
            <translation>Anhang: Fotos vom Hautausschlag</translation>
        </message>
        <message>
            <source>The first and the last photo of each chosen site in the period, side by side.</source>
            <translation>Das erste und das letzte Foto jeder gewählten Stelle im Zeitraum, nebeneinander.</translation>
        </message>
        <message>
            <source>{count}: {scale} {value}</source>
            <translation>{count}: {scale} {value}</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Global</source>
            <comment>the patient global, a column of the daily log</comment>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Fatigue</source>
            <translation>Erschöpfung</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerzen</translation>
        </message>
        <message>
            <source>Itch</source>
            <translation>Juckreiz</translation>
        </message>
        <message>
            <source>Entries: n, highest</source>
            <translation>Einträge: n, höchster</translation>
        </message>
        <message>
            <source>Function items above 0 (0–3)</source>
            <translation>Alltagsfunktionen über 0 (0–3)</translation>
        </message>
        <message>
            <source>Self-tests</source>
            <translation>Selbsttests</translation>
        </message>
        <message>
            <source>Rash</source>
            <translation>Hautausschlag</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>The file can be read only by your user account on this computer. It holds health information: share it only with people you trust.</source>
            <translation>Die Datei kann nur Ihr Benutzerkonto auf diesem Computer lesen. Sie enthält Gesundheitsdaten: Geben Sie sie nur an Menschen weiter, denen Sie vertrauen.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>{path} already exists. Replace it?</source>
            <translation>{path} gibt es schon. Ersetzen?</translation>
        </message>
        <message>
            <source>Reports and data</source>
            <translation>Berichte und Daten</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Ihre Daten</translation>
        </message>
        <message>
            <source>Everything you record is kept in this folder on this computer:
{folder}</source>
            <translation>Alles, was Sie eintragen, wird in diesem Ordner auf diesem Computer gespeichert:
{folder}</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <source>No thrombosis or kidney risk factor recorded</source>
            <translation>Kein Risikofaktor für Thrombose oder Nierenprobleme eingetragen</translation>
        </message>
        <message>
            <source>At risk of thrombosis and kidney problems: {reasons}</source>
            <translation>Risiko für Thrombose und Nierenprobleme: {reasons}</translation>
        </message>
        <message>
            <source>At risk of thrombosis: {reasons}</source>
            <translation>Risiko für Thrombose: {reasons}</translation>
        </message>
        <message>
            <source>At risk of kidney problems: {reasons}</source>
            <translation>Risiko für Nierenprobleme: {reasons}</translation>
        </message>
    </context>
    <context>
        <name>RiskFactorsDialog</name>
        <message>
            <source>Blood clot (thrombosis) risk – tick any that apply to you:</source>
            <translation>Risiko für Blutgerinnsel (Thrombose) – alles ankreuzen, was auf Sie zutrifft:</translation>
        </message>
        <message>
            <source>Kidney risk:</source>
            <translation>Nierenrisiko:</translation>
        </message>
        <message>
            <source>{factor} (a clot and a kidney risk)</source>
            <translation>{factor} (ein Thrombose- und ein Nierenrisiko)</translation>
        </message>
        <message>
            <source>Another reason my doctor gave</source>
            <translation>Ein anderer Grund, den meine Ärztin / mein Arzt genannt hat</translation>
        </message>
        <message>
            <source>Thrombosis and kidney risk</source>
            <translation>Thrombose- und Nierenrisiko</translation>
        </message>
        <message>
            <source>At risk of thrombosis and kidney problems: the label's maximum is {cap} mL/kg/min (the slowest rate that works is advised).</source>
            <translation>Risiko für Thrombose und Nierenprobleme: Der Höchstwert laut Fachinformation ist {cap} mL/kg/min (empfohlen ist die langsamste Geschwindigkeit, die ausreicht).</translation>
        </message>
        <message>
            <source>At risk of thrombosis: the label's maximum is {cap} mL/kg/min (the slowest rate that works is advised).</source>
            <translation>Risiko für Thrombose: Der Höchstwert laut Fachinformation ist {cap} mL/kg/min (empfohlen ist die langsamste Geschwindigkeit, die ausreicht).</translation>
        </message>
        <message>
            <source>At risk of kidney problems: the label's maximum is {cap} mL/kg/min (the slowest rate that works is advised).</source>
            <translation>Risiko für Nierenprobleme: Der Höchstwert laut Fachinformation ist {cap} mL/kg/min (empfohlen ist die langsamste Geschwindigkeit, die ausreicht).</translation>
        </message>
        <message>
            <source>No risk factor ticked: the label's maximum is {cap} mL/kg/min.</source>
            <translation>Kein Risikofaktor angekreuzt: Der Höchstwert laut Fachinformation ist {cap} mL/kg/min.</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>{item} {n}: {column}</source>
            <translation>{item} {n}: {column}</translation>
        </message>
        <message>
            <source>Remove {item} {n}</source>
            <translation>{item} {n} entfernen</translation>
        </message>
    </context>
    <context>
        <name>ScaleInput</name>
        <message>
            <source>{name}: less</source>
            <translation>{name}: weniger</translation>
        </message>
        <message>
            <source>{name}: more</source>
            <translation>{name}: mehr</translation>
        </message>
        <message>
            <source>↻ last time</source>
            <translation>↻ letztes Mal</translation>
        </message>
        <message>
            <source>Carried forward from your last check-in: change it or save</source>
            <translation>Aus Ihrem letzten Tageseintrag übernommen: ändern oder speichern</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht beantwortet</translation>
        </message>
        <message>
            <source>{value} of {top}</source>
            <translation>{value} von {top}</translation>
        </message>
        <message>
            <source>, carried forward from last time</source>
            <translation>, vom letzten Mal übernommen</translation>
        </message>
        <message>
            <source>{name}: type 0–{top}, or use the arrow keys</source>
            <translation>{name}: 0–{top} eintippen oder die Pfeiltasten verwenden</translation>
        </message>
    </context>
    <context>
        <name>Scores</name>
        <message>
            <source>none</source>
            <comment>TIS category: no improvement</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>minimal</source>
            <comment>TIS category: minimal improvement</comment>
            <translation>gering</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>TIS category: moderate improvement</comment>
            <translation>mäßig</translation>
        </message>
        <message>
            <source>major</source>
            <comment>TIS category: major improvement</comment>
            <translation>deutlich</translation>
        </message>
        <message>
            <source>no such clinic visit ({id})</source>
            <translation>diesen Arzttermin gibt es nicht ({id})</translation>
        </message>
        <message>
            <source>There are no clinic visits yet.</source>
            <translation>Es gibt noch keine Arzttermine.</translation>
        </message>
        <message>
            <source>Default: the last complete visit (all 6 measures) on or before the first IVIG course ({day}).</source>
            <translation>Standard: der letzte vollständige Termin (alle 6 Messgrößen) am oder vor dem ersten IVIG-Zyklus ({day}).</translation>
        </message>
        <message>
            <source>Default: the first complete visit (all 6 measures).</source>
            <translation>Standard: der erste vollständige Termin (alle 6 Messgrößen).</translation>
        </message>
        <message>
            <source>Default: no visit has all 6 measures, so the last visit on or before the first IVIG course ({day}).</source>
            <translation>Standard: kein Termin hat alle 6 Messgrößen, daher der letzte Termin am oder vor dem ersten IVIG-Zyklus ({day}).</translation>
        </message>
        <message>
            <source>Default: no visit has all 6 measures, so the first visit.</source>
            <translation>Standard: kein Termin hat alle 6 Messgrößen, daher der erste Termin.</translation>
        </message>
        <message>
            <source>no {enzyme} with a range within {days} days</source>
            <translation>kein {enzyme} mit Referenzbereich innerhalb von {days} Tagen</translation>
        </message>
        <message>
            <source>Chosen by you.</source>
            <translation>Von Ihnen gewählt.</translation>
        </message>
        <message>
            <source>The baseline visit you chose was deleted. {reason}</source>
            <translation>Der von Ihnen gewählte Ausgangstermin wurde gelöscht. {reason}</translation>
        </message>
        <message>
            <source>Chosen by you (it is also the default).</source>
            <translation>Von Ihnen gewählt (es ist auch der Standard).</translation>
        </message>
        <message>
            <source>partial {total} ({used} of {count})</source>
            <translation>teilweise {total} ({used} von {count})</translation>
        </message>
        <message>
            <source>{total} {category}</source>
            <comment>a TIS and its category</comment>
            <translation>{total} {category}</translation>
        </message>
        <message>
            <source>Confirmed deterioration (ProDERM rule) needs two visits after the baseline; not checked yet.</source>
            <translation>Eine bestätigte Verschlechterung (ProDERM-Regel) braucht zwei Termine nach dem Ausgangswert; noch nicht geprüft.</translation>
        </message>
        <message>
            <source>No confirmed deterioration (ProDERM rule): checked by the app at every two consecutive visits after the baseline.</source>
            <translation>Keine bestätigte Verschlechterung (ProDERM-Regel): von der App bei je zwei aufeinanderfolgenden Terminen nach dem Ausgangswert geprüft.</translation>
        </message>
        <message>
            <source>⚠ Warning – confirmed deterioration (ProDERM rule), checked by the app: at the visits of {first} and {second}, compared with the baseline of {baseline}: {reasons}. This is a warning to discuss with your care team, not a score.</source>
            <translation>⚠ Warnung – bestätigte Verschlechterung (ProDERM-Regel), von der App geprüft: bei den Terminen am {first} und {second}, verglichen mit dem Ausgangswert vom {baseline}: {reasons}. Dies ist eine Warnung, die Sie mit Ihrem Behandlungsteam besprechen sollten, kein Score.</translation>
        </message>
    </context>
    <context>
        <name>SelfTestDialog</name>
        <message>
            <source>times</source>
            <comment>a count of repetitions</comment>
            <translation>Mal</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>metres</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Self-test for {day}</source>
            <translation>Selbsttest am {day}</translation>
        </message>
        <message>
            <source>&amp;Which test?</source>
            <translation>&amp;Welcher Test?</translation>
        </message>
        <message>
            <source>Which test</source>
            <translation>Welcher Test</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Zeitmessung</translation>
        </message>
        <message>
            <source>Start the timer (Space)</source>
            <translation>Zeit starten (Leertaste)</translation>
        </message>
        <message>
            <source>Name of your test</source>
            <translation>Name Ihres Tests</translation>
        </message>
        <message>
            <source>Unit of your test</source>
            <translation>Einheit Ihres Tests</translation>
        </message>
        <message>
            <source>Test &amp;name:</source>
            <translation>&amp;Name des Tests:</translation>
        </message>
        <message>
            <source>U&amp;nit:</source>
            <translation>&amp;Einheit:</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>E&amp;rgebnis:</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>S&amp;ide:</source>
            <translation>&amp;Seite:</translation>
        </message>
        <message>
            <source>Where</source>
            <comment>the test was done</comment>
            <translation>Wo</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>W&amp;o:</translation>
        </message>
        <message>
            <source>Aids used</source>
            <translation>Benutzte Hilfsmittel</translation>
        </message>
        <message>
            <source>e.g. used the armrests, a cane</source>
            <translation>z. B. Armlehnen benutzt, ein Gehstock</translation>
        </message>
        <message>
            <source>&amp;Aids:</source>
            <translation>&amp;Hilfsmittel:</translation>
        </message>
        <message>
            <source>How hard was it (exertion)</source>
            <translation>Wie anstrengend war es (Anstrengung)</translation>
        </message>
        <message>
            <source>nothing</source>
            <comment>0 on the exertion scale</comment>
            <translation>gar nicht</translation>
        </message>
        <message>
            <source>maximal</source>
            <comment>10 on the exertion scale</comment>
            <translation>maximal</translation>
        </message>
        <message>
            <source>&amp;Exertion:</source>
            <translation>&amp;Anstrengung:</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Speichern (Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Press Space to start the countdown, then type your count.</source>
            <translation>Drücken Sie die Leertaste, um den Countdown zu starten, und tippen Sie dann Ihre Anzahl ein.</translation>
        </message>
        <message>
            <source>Press Space to start the stopwatch and Space again to stop it.</source>
            <translation>Drücken Sie die Leertaste, um die Stoppuhr zu starten, und noch einmal, um sie anzuhalten.</translation>
        </message>
        <message>
            <source>Type your result when you are done.</source>
            <translation>Tippen Sie Ihr Ergebnis ein, wenn Sie fertig sind.</translation>
        </message>
        <message>
            <source>Stop (Space)</source>
            <translation>Stopp (Leertaste)</translation>
        </message>
        <message>
            <source>Go!</source>
            <translation>Los!</translation>
        </message>
        <message>
            <source>Running… Space stops it.</source>
            <translation>Läuft … Die Leertaste hält sie an.</translation>
        </message>
        <message>
            <source>Time!</source>
            <translation>Zeit!</translation>
        </message>
        <message>
            <source>Time is up. Type your result and press Enter.</source>
            <translation>Die Zeit ist um. Tippen Sie Ihr Ergebnis ein und drücken Sie Enter.</translation>
        </message>
        <message>
            <source>Stopped. Press Enter to keep this time, or type another.</source>
            <translation>Angehalten. Drücken Sie Enter, um diese Zeit zu übernehmen, oder tippen Sie eine andere ein.</translation>
        </message>
        <message>
            <source>Test name</source>
            <translation>Name des Tests</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
    </context>
    <context>
        <name>Series</name>
        <message>
            <source>IVIG {dose} g/kg</source>
            <translation>IVIG {dose} g/kg</translation>
        </message>
    </context>
    <context>
        <name>SideEffectDialog</name>
        <message>
            <source>Linked course</source>
            <translation>Zugeordneter Zyklus</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Nebenwirkung</translation>
        </message>
        <message>
            <source>Started at</source>
            <translation>Begonnen um</translation>
        </message>
        <message>
            <source>Ended at</source>
            <translation>Beendet um</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>Schwerwiegend</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Was getan wurde</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ausgang</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>– choose how bad it was –</source>
            <translation>– wählen, wie schlimm es war –</translation>
        </message>
        <message numerus="yes">
            <source>course from {date} (%n day(s))</source>
            <translation>
                <numerusform>Zyklus ab {date} (%n Tag)</numerusform>
                <numerusform>Zyklus ab {date} (%n Tage)</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit side effect</source>
            <translation>Nebenwirkung bearbeiten</translation>
        </message>
        <message>
            <source>Log a side effect</source>
            <translation>Nebenwirkung eintragen</translation>
        </message>
        <message>
            <source>pick from the list or type your own words</source>
            <translation>aus der Liste wählen oder mit eigenen Worten beschreiben</translation>
        </message>
        <message>
            <source>About this side effect</source>
            <translation>Zu dieser Nebenwirkung</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Begonnen am</translation>
        </message>
        <message>
            <source>Started at: time</source>
            <translation>Begonnen um: Uhrzeit</translation>
        </message>
        <message>
            <source>&amp;Has ended</source>
            <translation>&amp;Ist vorbei</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Beendet am</translation>
        </message>
        <message>
            <source>Ended at: time</source>
            <translation>Beendet um: Uhrzeit</translation>
        </message>
        <message>
            <source>today</source>
            <comment>the latest date allowed</comment>
            <translation>heute</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <comment>how a time is typed</comment>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>Se&amp;rious (put me in hospital)</source>
            <translation>Sch&amp;werwiegend (ich musste ins Krankenhaus)</translation>
        </message>
        <message>
            <source>It put me in hospital, could have killed me, or left lasting harm</source>
            <translation>Ich musste ins Krankenhaus, es war lebensbedrohlich oder hat bleibende Schäden hinterlassen</translation>
        </message>
        <message>
            <source>About serious</source>
            <translation>Zu „schwerwiegend“</translation>
        </message>
        <message>
            <source>Red &amp;flag – needs urgent care</source>
            <translation>Warn&amp;zeichen – braucht sofort ärztliche Hilfe</translation>
        </message>
        <message>
            <source>Automatic: the course it started during or within 72 h after</source>
            <translation>Automatisch: der Zyklus, in dem oder bis 72 h nach dem es begann</translation>
        </message>
        <message>
            <source>Not linked to a course</source>
            <translation>Keinem Zyklus zugeordnet</translation>
        </message>
        <message>
            <source>Automatic link</source>
            <translation>Automatische Zuordnung</translation>
        </message>
        <message>
            <source>Side &amp;effect</source>
            <translation>&amp;Nebenwirkung</translation>
        </message>
        <message>
            <source>Started a&amp;t</source>
            <translation>&amp;Begonnen am</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Schweregrad</translation>
        </message>
        <message>
            <source>&amp;Action taken</source>
            <translation>Was getan wu&amp;rde</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>&amp;Ausgang</translation>
        </message>
        <message>
            <source>&amp;Linked course</source>
            <translation>Zu&amp;geordneter Zyklus</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>Red flag ({title}): {urgent}. The message shows before saving; choose the grade; the record is marked.</source>
            <translation>Warnzeichen ({title}): {urgent}. Die Meldung erscheint vor dem Speichern; Schweregrad wählen; der Eintrag wird markiert.</translation>
        </message>
        <message>
            <source>Your own words (not on the list).</source>
            <translation>Ihre eigenen Worte (nicht in der Liste).</translation>
        </message>
        <message>
            <source>“Serious” is ticked because you went to hospital; untick it if it was not.</source>
            <translation>„Schwerwiegend“ ist angekreuzt, weil Sie im Krankenhaus waren; entfernen Sie das Häkchen, wenn es nicht so war.</translation>
        </message>
        <message>
            <source>You chose the link; it stays as chosen.</source>
            <translation>Sie haben die Zuordnung gewählt; sie bleibt so.</translation>
        </message>
        <message>
            <source>Automatic link now: {course}.</source>
            <translation>Automatische Zuordnung jetzt: {course}.</translation>
        </message>
        <message>
            <source>Automatic link now: none (no course ran in the 72 hours before it started).</source>
            <translation>Automatische Zuordnung jetzt: keine (in den 72 Stunden vor dem Beginn lief kein Zyklus).</translation>
        </message>
        <message>
            <source>give the time as HH:MM, e.g. 09:30</source>
            <translation>Uhrzeit als hh:mm angeben, z. B. 09:30</translation>
        </message>
        <message>
            <source>choose how bad it was: a red flag is never saved with a default grade</source>
            <translation>wählen, wie schlimm es war: ein Warnzeichen wird nie mit einem vorgegebenen Schweregrad gespeichert</translation>
        </message>
        <message>
            <source>you chose to change your answer; nothing was saved</source>
            <translation>Sie wollten Ihre Antwort ändern; es wurde nichts gespeichert</translation>
        </message>
    </context>
    <context>
        <name>SideEffects</name>
        <message>
            <source>Mild: noticeable, no treatment needed</source>
            <translation>Leicht: spürbar, keine Behandlung nötig</translation>
        </message>
        <message>
            <source>Moderate: needed a simple treatment, or limited everyday tasks like cooking or shopping</source>
            <translation>Mittel: eine einfache Behandlung war nötig, oder Alltagsaufgaben wie Kochen oder Einkaufen waren eingeschränkt</translation>
        </message>
        <message>
            <source>Severe or medically significant: hospital care needed, or I couldn't wash, dress, eat or use the toilet on my own</source>
            <translation>Schwer oder medizinisch bedeutsam: Behandlung im Krankenhaus nötig, oder ich konnte mich nicht allein waschen, anziehen, essen oder zur Toilette gehen</translation>
        </message>
        <message>
            <source>Life-threatening: needed urgent treatment</source>
            <translation>Lebensbedrohlich: dringende Behandlung war nötig</translation>
        </message>
        <message>
            <source>choose how bad it was (grade 1–4): a red flag is never saved with a default grade</source>
            <translation>wählen Sie, wie schlimm es war (Grad 1–4): ein Warnzeichen wird nie mit einem voreingestellten Grad gespeichert</translation>
        </message>
        <message>
            <source>{what} on {day}</source>
            <translation>{what} am {day}</translation>
        </message>
        <message>
            <source>this follow-up was already answered</source>
            <translation>diese Nachfrage wurde schon beantwortet</translation>
        </message>
        <message>
            <source>choose how bad it was (grade 1–4): a red flag is never saved with a default grade (use answer() with a grade)</source>
            <translation>wählen Sie, wie schlimm es war (Grad 1–4): ein Warnzeichen wird nie mit einem voreingestellten Grad gespeichert (answer() mit einem Grad verwenden)</translation>
        </message>
        <message>
            <source>no follow-up is due today</source>
            <translation>heute ist keine Nachfrage fällig</translation>
        </message>
        <message>
            <source>is not a question on the follow-up card</source>
            <translation>ist keine Frage der Nachfrage-Karte</translation>
        </message>
        <message>
            <source>is not a listed red-flag term: {term!r}</source>
            <translation>ist kein aufgeführtes Warnzeichen: {term!r}</translation>
        </message>
        <message>
            <source>must be a whole number from 1 to 4, got {grade!r}</source>
            <translation>muss eine ganze Zahl von 1 bis 4 sein, angegeben: {grade!r}</translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>keine Beschwerden</translation>
        </message>
        <message>
            <source>Saved today's follow-up: {what}</source>
            <translation>Heutige Nachfrage gespeichert: {what}</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>no desktop display found (DISPLAY and WAYLAND_DISPLAY are not set). Start dmtracker from a desktop session, or try it without a screen: QT_QPA_PLATFORM=offscreen dmtracker --smoke-test --data-dir /tmp/dm</source>
            <translation>keine Desktop-Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie dmtracker aus einer Desktop-Sitzung, oder probieren Sie es ohne Bildschirm: QT_QPA_PLATFORM=offscreen dmtracker --smoke-test --data-dir /tmp/dm</translation>
        </message>
        <message>
            <source>dmtracker: the diary in {folder} is open already; its window was brought forward</source>
            <extracomment>Set for the new process by :func:`restart`: it waits for this one to let the folder go.</extracomment>
            <translation>dmtracker: Das Tagebuch in {folder} ist bereits geöffnet; sein Fenster wurde nach vorn geholt</translation>
        </message>
        <message>
            <source>dmtracker: the diary in {folder} is open already in another window</source>
            <translation>dmtracker: Das Tagebuch in {folder} ist bereits in einem anderen Fenster geöffnet</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so this diary is read-only for now: you can view and export it; saving and today's backup are off. Free some space, then restart dmtracker.</source>
            <extracomment>the diaries (profiles) under the base folder: File ▸ Switch, New, Rename, Remove</extracomment>
            <translation>Der Datenträger mit {folder} ist voll, deshalb kann dieses Tagebuch vorerst nur gelesen werden: Sie können es ansehen und exportieren; Speichern und die heutige Sicherungskopie sind ausgeschaltet. Schaffen Sie etwas Platz und starten Sie dmtracker dann neu.</translation>
        </message>
        <message>
            <source>This diary is read-only: the folder {folder} cannot be written. You can view and export it; saving is turned off.</source>
            <translation>Dieses Tagebuch kann nur gelesen werden: In den Ordner {folder} kann nicht geschrieben werden. Sie können es ansehen und exportieren; Speichern ist ausgeschaltet.</translation>
        </message>
        <message>
            <source>Today's automatic backup was skipped: {reason}.</source>
            <translation>Die heutige automatische Sicherungskopie wurde ausgelassen: {reason}.</translation>
        </message>
        <message>
            <source>there is no good backup to restore</source>
            <translation>es gibt keine intakte Sicherungskopie zum Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The newest good backup is {file} from {day} {time} UTC.</source>
            <translation>Die neueste intakte Sicherungskopie ist {file} vom {day} {time} UTC.</translation>
        </message>
        <message>
            <source>There is no good backup yet.</source>
            <translation>Es gibt noch keine intakte Sicherungskopie.</translation>
        </message>
        <message>
            <source>The database {file} is damaged ({problem}). It was not changed. {newest}</source>
            <translation>Die Datenbank {file} ist beschädigt ({problem}). Sie wurde nicht verändert. {newest}</translation>
        </message>
        <message>
            <source>needs an upgrade from schema {revision} to {head}, which cannot be written in the read-only folder {folder}; copy the folder somewhere writable first</source>
            <translation>braucht ein Update von Schema {revision} auf {head}, das im schreibgeschützten Ordner {folder} nicht geschrieben werden kann; kopieren Sie den Ordner zuerst an einen beschreibbaren Ort</translation>
        </message>
        <message>
            <source>the database file is empty (0 bytes) but backups of it exist</source>
            <translation>die Datenbankdatei ist leer (0 Byte), aber es gibt Sicherungskopien davon</translation>
        </message>
        <message>
            <source>cannot read the database: {error}</source>
            <translation>die Datenbank lässt sich nicht lesen: {error}</translation>
        </message>
        <message>
            <source>is busy: another dmtracker process kept it locked for over {seconds} s; nothing was changed, try again</source>
            <translation>ist belegt: ein anderer dmtracker-Prozess hat es länger als {seconds} s gesperrt; nichts wurde geändert, versuchen Sie es noch einmal</translation>
        </message>
        <message>
            <source>foreign key problem in {table} row {row} (-&gt; {target})</source>
            <translation>Fremdschlüssel-Problem in {table} Zeile {row} (-&gt; {target})</translation>
        </message>
        <message>
            <source>the diary in {root} is being converted or restored by another dmtracker process; try again when it has finished</source>
            <translation>das Tagebuch in {root} wird gerade von einem anderen dmtracker-Prozess umgewandelt oder wiederhergestellt; versuchen Sie es noch einmal, wenn er fertig ist</translation>
        </message>
        <message>
            <source>the diary in {root} is open in another dmtracker window or command; close it first, then try again</source>
            <translation>das Tagebuch in {root} ist in einem anderen dmtracker-Fenster oder -Befehl geöffnet; schließen Sie es zuerst und versuchen Sie es dann noch einmal</translation>
        </message>
        <message>
            <source>{file} is not a dmtracker database (no schema version)</source>
            <translation>{file} ist keine dmtracker-Datenbank (keine Schemaversion)</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of dmtracker (schema {current}); this version knows schemas up to {head}. Install the newer version, or restore a backup.</source>
            <translation>Diese Daten wurden von einer neueren Version von dmtracker gespeichert (Schema {current}); diese Version kennt Schemas bis {head}. Installieren Sie die neuere Version oder stellen Sie eine Sicherungskopie wieder her.</translation>
        </message>
        <message>
            <source>integrity check failed after upgrade: {problem}</source>
            <translation>Integritätsprüfung nach dem Update fehlgeschlagen: {problem}</translation>
        </message>
        <message>
            <source>Upgrading the database from schema {current} to {head} failed: {error}. Your data is unchanged; a copy is in {backup}.</source>
            <translation>Das Update der Datenbank von Schema {current} auf {head} ist fehlgeschlagen: {error}. Ihre Daten sind unverändert; eine Kopie liegt in {backup}.</translation>
        </message>
        <message>
            <source>{path} {reason}; move it away or choose another folder</source>
            <translation>{path}: {reason}; verschieben Sie es oder wählen Sie einen anderen Ordner</translation>
        </message>
        <message>
            <source>is a link to nothing</source>
            <translation>ist eine Verknüpfung ins Leere</translation>
        </message>
        <message>
            <source>is a file, not a folder</source>
            <translation>ist eine Datei, kein Ordner</translation>
        </message>
        <message>
            <source>the photo vault does not open ({error})</source>
            <translation>der Foto-Tresor lässt sich nicht öffnen ({error})</translation>
        </message>
        <message>
            <source>{file} is missing</source>
            <translation>{file} fehlt</translation>
        </message>
        <message>
            <source>{file} cannot be read ({error})</source>
            <translation>{file} lässt sich nicht lesen ({error})</translation>
        </message>
        <message>
            <source>{file} names a place outside the photos folder</source>
            <translation>{file} nennt einen Ort außerhalb des Foto-Ordners</translation>
        </message>
        <message>
            <source>the disk holding {folder} is full: free at least {size} there and try again (nothing was changed)</source>
            <translation>der Datenträger mit {folder} ist voll: Machen Sie dort mindestens {size} frei und versuchen Sie es noch einmal (nichts wurde geändert)</translation>
        </message>
        <message>
            <source>the folder {folder} cannot be written (read-only): the diary can be viewed and exported, not changed</source>
            <translation>in den Ordner {folder} kann nicht geschrieben werden (schreibgeschützt): das Tagebuch kann angesehen und exportiert, aber nicht geändert werden</translation>
        </message>
    </context>
    <context>
        <name>TIS</name>
        <message>
            <source>No improvement (TIS below 20)</source>
            <translation>Keine Verbesserung (TIS unter 20)</translation>
        </message>
        <message>
            <source>Minimal improvement (TIS 20 or more)</source>
            <translation>Geringe Verbesserung (TIS 20 oder mehr)</translation>
        </message>
        <message>
            <source>Moderate improvement (TIS 40 or more)</source>
            <translation>Mäßige Verbesserung (TIS 40 oder mehr)</translation>
        </message>
        <message>
            <source>Major improvement (TIS 60 or more)</source>
            <translation>Deutliche Verbesserung (TIS 60 oder mehr)</translation>
        </message>
        <message>
            <source>No improvement (juvenile TIS below 30)</source>
            <extracomment>Juvenile DM (2016 ACR/EULAR juvenile criteria, Rider et al., Arthritis Rheumatol 2017;69:911; Ann Rheum Dis 2017;76:782): the same conversion table, higher thresholds.</extracomment>
            <translation>Keine Verbesserung (juveniler TIS unter 30)</translation>
        </message>
        <message>
            <source>Minimal improvement (juvenile TIS 30 or more)</source>
            <translation>Geringe Verbesserung (juveniler TIS 30 oder mehr)</translation>
        </message>
        <message>
            <source>Moderate improvement (juvenile TIS 45 or more)</source>
            <translation>Mäßige Verbesserung (juveniler TIS 45 oder mehr)</translation>
        </message>
        <message>
            <source>Major improvement (juvenile TIS 70 or more)</source>
            <translation>Deutliche Verbesserung (juveniler TIS 70 oder mehr)</translation>
        </message>
        <message>
            <source>≤ {upper} %</source>
            <translation>≤ {upper} %</translation>
        </message>
        <message>
            <source>&gt; {lower} %</source>
            <translation>&gt; {lower} %</translation>
        </message>
        <message>
            <source>&gt; {lower} to {upper} %</source>
            <translation>&gt; {lower} bis {upper} %</translation>
        </message>
        <message>
            <source>Rule (ProDERM, as the app applies it): at 2 consecutive visits vs baseline, physician global ≥ 2 cm and MMT-8 ≥ 20 % worse; or extramuscular global ≥ 2 cm worse; or ≥ 3 of the 5 non-enzyme core set measures ≥ 30 % worse. % of the scale, as in the TIS (the published wording does not say whether of the scale or of the baseline value).</source>
            <extracomment>Points per core set measure by percent improvement [PMC5577002 Table 3]. The rule in one paragraph, shown next to the check wherever it appears (issue 16 item 7): clinical.md §2 gives it from ProDERM (Aggarwal et al., NEJM 2022), and the ProDERM safety paper prints the same definition (Arthritis Res Ther 2023;25:94, Fig. 1 legend: "change from baseline on two consecutive visits in Physician's Global Disease Activity VAS worsening ≥ 2 cm and MMT-8 worsening ≥ 20%, OR global extra-muscular activity worsening ≥ 2 cm on the MDAAT VAS, OR any three of five CSM (core set measures, excluding enzymes) worsening by ≥ 30%"). Neither says whether a percentage is of the scale (as the app computes it, like the TIS) or of the baseline value (as the IMACS definition of worsening reads): hence the text is shown.</extracomment>
            <translation>Regel (ProDERM, wie die App sie anwendet): bei 2 aufeinanderfolgenden Terminen im Vergleich zum Ausgangswert die ärztliche Gesamtbeurteilung ≥ 2 cm und MMT-8 ≥ 20 % schlechter; oder die extramuskuläre Gesamtbeurteilung ≥ 2 cm schlechter; oder ≥ 3 der 5 Kernmessgrößen ohne Enzym ≥ 30 % schlechter. % der Skala, wie beim TIS (die veröffentlichte Fassung sagt nicht, ob von der Skala oder vom Ausgangswert).</translation>
        </message>
        <message>
            <source>physician global activity worse by 2 cm or more and MMT-8 worse by 20 % or more</source>
            <extracomment>ProDERM's three ways to meet confirmed deterioration (each at two consecutive visits).</extracomment>
            <translation>ärztliche Gesamtbeurteilung der Aktivität um 2 cm oder mehr schlechter und MMT-8 um 20 % oder mehr schlechter</translation>
        </message>
        <message>
            <source>extramuscular global activity worse by 2 cm or more</source>
            <translation>extramuskuläre Gesamtaktivität um 2 cm oder mehr schlechter</translation>
        </message>
        <message>
            <source>at least 3 of the 5 core set measures other than the enzyme worse by 30 % or more</source>
            <translation>mindestens 3 der 5 Kernmessgrößen außer dem Enzym um 30 % oder mehr schlechter</translation>
        </message>
        <message>
            <source>Partial TIS {total} ({used} of {count} measures)</source>
            <translation>Teilweiser TIS {total} ({used} von {count} Messgrößen)</translation>
        </message>
        <message>
            <source>TIS {total} (no improvement)</source>
            <translation>TIS {total} (keine Verbesserung)</translation>
        </message>
        <message>
            <source>TIS {total} (minimal improvement)</source>
            <translation>TIS {total} (geringe Verbesserung)</translation>
        </message>
        <message>
            <source>TIS {total} (moderate improvement)</source>
            <translation>TIS {total} (mäßige Verbesserung)</translation>
        </message>
        <message>
            <source>TIS {total} (major improvement)</source>
            <translation>TIS {total} (deutliche Verbesserung)</translation>
        </message>
        <message>
            <source>Juvenile TIS {total} (no improvement)</source>
            <translation>Juveniler TIS {total} (keine Verbesserung)</translation>
        </message>
        <message>
            <source>Juvenile TIS {total} (minimal improvement)</source>
            <translation>Juveniler TIS {total} (geringe Verbesserung)</translation>
        </message>
        <message>
            <source>Juvenile TIS {total} (moderate improvement)</source>
            <translation>Juveniler TIS {total} (mäßige Verbesserung)</translation>
        </message>
        <message>
            <source>Juvenile TIS {total} (major improvement)</source>
            <translation>Juveniler TIS {total} (deutliche Verbesserung)</translation>
        </message>
        <message>
            <source>muscle strength is measured with {baseline} at baseline but with {followup} at follow-up; the two cannot be compared. Use the same measure at both visits.</source>
            <translation>die Muskelkraft wurde beim Ausgangswert mit {baseline}, bei der Verlaufskontrolle aber mit {followup} gemessen; das lässt sich nicht vergleichen. Verwenden Sie bei beiden Terminen dasselbe Maß.</translation>
        </message>
        <message>
            <source>baseline is on the {baseline} scale but follow-up is on the {followup} scale; the two cannot be compared. Enter both on the same scale.</source>
            <translation>der Ausgangswert ist auf der Skala {baseline}, der Folgewert auf der Skala {followup}; die beiden lassen sich nicht vergleichen. Geben Sie beide auf derselben Skala ein.</translation>
        </message>
        <message>
            <source>Confirmed deterioration at follow-up visits {first} and {second} compared with baseline: {reasons}. This is a warning to discuss with your care team, not a score.</source>
            <translation>Bestätigte Verschlechterung bei den Folgeterminen {first} und {second} im Vergleich zum Ausgangswert: {reasons}. Das ist ein Warnhinweis zum Besprechen mit Ihrem Behandlungsteam, kein Punktwert.</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>computed by the app</source>
            <translation>von der App berechnet</translation>
        </message>
        <message>
            <source>Physician global, extramuscular global and MMT-8 come from the clinic visit. Patient global is your daily check-in answer "How active my disease feels" (0–10, standing in for the 0–10 cm scale) nearest the visit, within {patient_days} days. HAQ-DI is your HAQ-DI score nearest the visit, within {haq_days} days. The enzyme is the lab result nearest the visit, within {lab_days} days, compared as a multiple of that lab's own upper limit. Percentages are shown rounded to {step}; the points are decided on the exact value.</source>
            <translation>Ärztliche Gesamtbeurteilung, extramuskuläre Gesamtbeurteilung und MMT-8 stammen vom Arzttermin. Die Gesamtbeurteilung durch Sie ist Ihre Antwort im Tageseintrag „Wie aktiv sich meine Erkrankung anfühlt“ (0–10, anstelle der 0–10-cm-Skala), die dem Termin am nächsten liegt, innerhalb von {patient_days} Tagen. HAQ-DI ist Ihr HAQ-DI-Wert, der dem Termin am nächsten liegt, innerhalb von {haq_days} Tagen. Das Enzym ist der Laborwert, der dem Termin am nächsten liegt, innerhalb von {lab_days} Tagen, verglichen als Vielfaches der eigenen Obergrenze dieses Labors. Prozentwerte werden auf {step} gerundet angezeigt; über die Punkte entscheidet der genaue Wert.</translation>
        </message>
        <message>
            <source>Physician global, extramuscular global, parent global and the CMAS (or MMT-8) come from the clinic visit; the parent global stands in for the patient global (where a visit has none, the daily check-in answer nearest the visit, within {patient_days} days). The CHAQ is the CHAQ score nearest the visit, within {haq_days} days, in place of the HAQ-DI. The enzyme is the lab result nearest the visit, within {lab_days} days, compared as a multiple of that lab's own upper limit. Percentages are shown rounded to {step}; the points are decided on the exact value.</source>
            <extracomment>The same for a juvenile (JDM) profile: the parent global, the CMAS and the CHAQ.</extracomment>
            <translation>Ärztliche und extramuskuläre Gesamtbeurteilung, die Gesamtbeurteilung der Eltern und der CMAS (oder MMT-8) stammen vom Arzttermin; die Gesamtbeurteilung der Eltern steht für die des Patienten (fehlt sie, die Antwort im Tageseintrag, die dem Termin am nächsten liegt, höchstens {patient_days} Tage entfernt). Der CHAQ ist der CHAQ-Wert, der dem Termin am nächsten liegt, höchstens {haq_days} Tage entfernt, anstelle des HAQ-DI. Das Enzym ist der Laborwert, der dem Termin am nächsten liegt, höchstens {lab_days} Tage entfernt, als Vielfaches der oberen Grenze dieses Labors. Prozente werden auf {step} gerundet gezeigt; die Punkte richten sich nach dem genauen Wert.</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>am selben Tag</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n Tag davor</numerusform>
                <numerusform>%n Tage davor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) after</source>
            <translation>
                <numerusform>%n Tag danach</numerusform>
                <numerusform>%n Tage danach</numerusform>
            </translation>
        </message>
        <message>
            <source>{percent} % (worse)</source>
            <translation>{percent} % (schlechter)</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{name} {value} U/L {sign} {multiple} × ULN {uln}</source>
            <translation>{name} {value} U/L {sign} {multiple} × ULN {uln}</translation>
        </message>
        <message>
            <source>lab of {day} ({when})</source>
            <translation>Labor vom {day} ({when})</translation>
        </message>
        <message>
            <source>{day} ({count} of {total} measures)</source>
            <translation>{day} ({count} von {total} Messgrößen)</translation>
        </message>
        <message>
            <source>Not scored: {reason}</source>
            <translation>Nicht bewertet: {reason}</translation>
        </message>
        <message>
            <source>Partial TIS {total} ({used} of {count} measures; no category) – {origin}</source>
            <translation>Teilweiser TIS {total} ({used} von {count} Messgrößen; keine Kategorie) – {origin}</translation>
        </message>
        <message>
            <source>TIS {total} – no improvement ({origin})</source>
            <translation>TIS {total} – keine Verbesserung ({origin})</translation>
        </message>
        <message>
            <source>TIS {total} – minimal improvement ({origin})</source>
            <translation>TIS {total} – geringe Verbesserung ({origin})</translation>
        </message>
        <message>
            <source>TIS {total} – moderate improvement ({origin})</source>
            <translation>TIS {total} – mäßige Verbesserung ({origin})</translation>
        </message>
        <message>
            <source>TIS {total} – major improvement ({origin})</source>
            <translation>TIS {total} – deutliche Verbesserung ({origin})</translation>
        </message>
        <message>
            <source>partial TIS ({used} of {count}): no category</source>
            <translation>teilweiser TIS ({used} von {count}): keine Kategorie</translation>
        </message>
        <message>
            <source>clinic visit</source>
            <translation>Arzttermin</translation>
        </message>
        <message>
            <source>not recorded at the visit</source>
            <translation>beim Termin nicht erfasst</translation>
        </message>
        <message>
            <source>no check-in within {days} days</source>
            <translation>kein Tageseintrag innerhalb von {days} Tagen</translation>
        </message>
        <message>
            <source>no CHAQ within {days} days</source>
            <translation>kein CHAQ innerhalb von {days} Tagen</translation>
        </message>
        <message>
            <source>no HAQ-DI within {days} days</source>
            <translation>kein HAQ-DI innerhalb von {days} Tagen</translation>
        </message>
        <message>
            <source>check-in of {day} ({when})</source>
            <translation>Tageseintrag vom {day} ({when})</translation>
        </message>
        <message>
            <source>CHAQ of {day} ({when})</source>
            <translation>CHAQ vom {day} ({when})</translation>
        </message>
        <message>
            <source>HAQ-DI of {day} ({when})</source>
            <translation>HAQ-DI vom {day} ({when})</translation>
        </message>
        <message>
            <source>parent global at the clinic visit</source>
            <translation>Gesamteinschätzung der Eltern beim Arzttermin</translation>
        </message>
        <message>
            <source>{total} of {scale}</source>
            <comment>an MMT-8 total of its scale</comment>
            <translation>{total} von {scale}</translation>
        </message>
        <message>
            <source>CMAS {total} of 52</source>
            <translation>CMAS {total} von 52</translation>
        </message>
        <message>
            <source>no MMT-8 total at the visit</source>
            <translation>keine MMT-8-Summe beim Termin</translation>
        </message>
        <message>
            <source>{name} of {day} not used: no upper reference limit</source>
            <translation>{name} vom {day} nicht verwendet: keine obere Referenzgrenze</translation>
        </message>
        <message>
            <source>{name} of {day} not used: a value of 0</source>
            <translation>{name} vom {day} nicht verwendet: ein Wert von 0</translation>
        </message>
        <message>
            <source>lab of {day}</source>
            <translation>Labor vom {day}</translation>
        </message>
        <message>
            <source>no muscle enzyme with a range within {days} days</source>
            <translation>kein Muskelenzym mit Referenzbereich innerhalb von {days} Tagen</translation>
        </message>
    </context>
    <context>
        <name>TaperDialog</name>
        <message>
            <source>Lower by</source>
            <translation>Senken um</translation>
        </message>
        <message>
            <source>every (days)</source>
            <translation>alle (Tage)</translation>
        </message>
        <message>
            <source>down to</source>
            <translation>bis auf</translation>
        </message>
        <message>
            <source>Taper builder</source>
            <translation>Ausschleichplan erstellen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>made from the medication and start dose</source>
            <translation>aus Medikament und Anfangsdosis gebildet</translation>
        </message>
        <message>
            <source>&amp;Medication</source>
            <translation>&amp;Medikament</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Start &amp;dose</source>
            <translation>Anfangs&amp;dosis</translation>
        </message>
        <message>
            <source>Start dose</source>
            <translation>Anfangsdosis</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Einheit</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Startdatum</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>&amp;Bezeichnung</translation>
        </message>
        <message>
            <source>Taper label</source>
            <translation>Bezeichnung des Ausschleichplans</translation>
        </message>
        <message>
            <source>Steps: lower the dose by an amount every so many days until it reaches “down to”; then the next step takes over. Down to 0 stops the medicine after the last dose.</source>
            <translation>Stufen: Die Dosis alle so viele Tage um einen Betrag senken, bis sie „bis auf“ erreicht; dann gilt die nächste Stufe. Bis auf 0 setzt das Medikament nach der letzten Dosis ab.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>&amp;Add a step</source>
            <translation>Stufe &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>laufend</translation>
        </message>
        <message>
            <source>Taper dose rows</source>
            <translation>Dosiseinträge des Ausschleichplans</translation>
        </message>
        <message>
            <source>Taper summary</source>
            <translation>Zusammenfassung des Ausschleichplans</translation>
        </message>
        <message>
            <source>Create dose rows (Ctrl+S)</source>
            <translation>Dosiseinträge anlegen (Strg+S)</translation>
        </message>
        <message>
            <source>lower by</source>
            <translation>senken um</translation>
        </message>
        <message>
            <source>Check the taper</source>
            <translation>Bitte den Ausschleichplan prüfen</translation>
        </message>
        <message>
            <source>then {dose} a day from {date} on</source>
            <translation>danach {dose} pro Tag ab {date}</translation>
        </message>
        <message>
            <source>the last dose on {date}</source>
            <translation>die letzte Dosis am {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n dose row(s) from {date}, {ends}.</source>
            <translation>
                <numerusform>%n Dosiseintrag ab {date}, {ends}.</numerusform>
                <numerusform>%n Dosiseinträge ab {date}, {ends}.</numerusform>
            </translation>
        </message>
        <message>
            <source>In all {grams} (computed by the app).</source>
            <translation>Insgesamt {grams} (von der App berechnet).</translation>
        </message>
        <message>
            <source>“{name}” is new: it is added to your medications.</source>
            <translation>„{name}“ ist neu: Es wird zu Ihren Medikamenten hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>ThrombosisHistoryDialog</name>
        <message>
            <source>You logged a sign of a blood clot or stroke. If a doctor confirmed a clot (in a vein or an artery, including a stroke), record it in your profile: a history of thrombosis is a risk factor on the IVIG label, and the app then plans and checks later infusions at no more than {at_risk} mL/kg/min instead of {label}. Tell your infusion team too.</source>
            <translation>Sie haben ein Zeichen für ein Blutgerinnsel oder einen Schlaganfall eingetragen. Wenn eine Ärztin oder ein Arzt ein Gerinnsel bestätigt hat (in einer Vene oder Arterie, auch einen Schlaganfall), tragen Sie es in Ihr Profil ein: Eine frühere Thrombose ist laut Gebrauchsinformation von IVIG ein Risikofaktor, und die App plant und prüft spätere Infusionen dann mit höchstens {at_risk} mL/kg/min statt {label}. Sagen Sie es auch Ihrem Infusionsteam.</translation>
        </message>
        <message>
            <source>Record a history of blood clots?</source>
            <translation>Frühere Blutgerinnsel eintragen?</translation>
        </message>
        <message>
            <source>Record a history of blood clots in your profile?</source>
            <translation>Frühere Blutgerinnsel in Ihr Profil eintragen?</translation>
        </message>
        <message>
            <source>&amp;Yes, record it</source>
            <translation>&amp;Ja, eintragen</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Timeline chart</source>
            <translation>Diagramm des Zeitverlaufs</translation>
        </message>
        <message>
            <source>Rash (patient-reported score)</source>
            <translation>Hautausschlag (eigene Bewertung)</translation>
        </message>
        <message>
            <source>How I feel (0 = none, 10 = worst)</source>
            <translation>Wie es mir geht (0 = gar nicht, 10 = am schlimmsten)</translation>
        </message>
        <message>
            <source>today ({date})</source>
            <translation>heute ({date})</translation>
        </message>
        <message>
            <source>{scale} (7-day mean)</source>
            <translation>{scale} (7-Tage-Mittel)</translation>
        </message>
        <message>
            <source>Possible flare</source>
            <translation>Möglicher Schub</translation>
        </message>
        <message>
            <source>◆ entries during the day</source>
            <translation>◆ Einträge im Tagesverlauf</translation>
        </message>
        <message>
            <source>{measure} (higher is better)</source>
            <translation>{measure} (höher ist besser)</translation>
        </message>
        <message>
            <source>{measure} (lower is better)</source>
            <translation>{measure} (niedriger ist besser)</translation>
        </message>
        <message>
            <source>Muscle enzymes (× the lab's upper limit of normal)</source>
            <translation>Muskelenzyme (× obere Normgrenze des Labors)</translation>
        </message>
        <message>
            <source>normal range (≤ 1 × ULN)</source>
            <translation>Normbereich (≤ 1 × ULN)</translation>
        </message>
        <message>
            <source>Total Improvement Score, computed by the app (dashed: 20 minimal, 40 moderate, 60 major)</source>
            <translation>Total Improvement Score, von der App berechnet (gestrichelt: 20 geringe, 40 mittlere, 60 deutliche Verbesserung)</translation>
        </message>
        <message>
            <source>TIS (all 6 measures)</source>
            <translation>TIS (alle 6 Messgrößen)</translation>
        </message>
        <message>
            <source>partial TIS (fewer than 6 measures, no category)</source>
            <translation>Teil-TIS (weniger als 6 Messgrößen, keine Kategorie)</translation>
        </message>
        <message>
            <source>Treatment: IVIG courses (shaded) and prednisone-equivalent</source>
            <translation>Behandlung: IVIG-Zyklen (schattiert) und Prednison-Äquivalent</translation>
        </message>
        <message>
            <source>mg/day</source>
            <translation>mg/Tag</translation>
        </message>
        <message>
            <source>IVIG course</source>
            <translation>IVIG-Zyklus</translation>
        </message>
        <message>
            <source>Prednisone-equivalent mg/day</source>
            <translation>Prednison-Äquivalent mg/Tag</translation>
        </message>
        <message>
            <source>Side effects (height, shape and size: grade 1–4)</source>
            <translation>Nebenwirkungen (Höhe, Form und Größe: Grad 1–4)</translation>
        </message>
        <message>
            <source>grade</source>
            <comment>axis title: the grade (severity) of a side effect</comment>
            <translation>Grad</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Nebenwirkung</translation>
        </message>
        <message>
            <source>Red flag ▲</source>
            <translation>Warnzeichen ▲</translation>
        </message>
        <message>
            <source>RED FLAG</source>
            <translation>WARNZEICHEN</translation>
        </message>
        <message>
            <source>Other medicines</source>
            <translation>Weitere Medikamente</translation>
        </message>
    </context>
    <context>
        <name>TisChart</name>
        <message>
            <source>TIS (computed by the app)</source>
            <translation>TIS (von der App berechnet)</translation>
        </message>
        <message>
            <source>● filled circle: full TIS (all 6 measures), labelled with its total and category. □ hollow square: partial TIS, labelled “partial” with the number of measures (no category). ◆ baseline. Dashed lines: 20 minimal, 40 moderate, 60 major improvement.</source>
            <translation>● gefüllter Kreis: vollständiger TIS (alle 6 Messgrößen), beschriftet mit Summe und Kategorie. □ leeres Quadrat: Teil-TIS, beschriftet mit „Teil“ und der Zahl der Messgrößen (keine Kategorie). ◆ Ausgangswert. Gestrichelte Linien: 20 geringe, 40 mittlere, 60 deutliche Verbesserung.</translation>
        </message>
        <message>
            <source>Chart of the Total Improvement Score over time</source>
            <translation>Diagramm des Total Improvement Score im Verlauf</translation>
        </message>
        <message>
            <source>20: minimal</source>
            <translation>20: gering</translation>
        </message>
        <message>
            <source>40: moderate</source>
            <translation>40: mittel</translation>
        </message>
        <message>
            <source>60: major</source>
            <translation>60: deutlich</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message>
            <source>{total} {category}</source>
            <translation>{total} {category}</translation>
        </message>
    </context>
    <context>
        <name>TisPanel</name>
        <message>
            <source>Enzyme</source>
            <comment>short column header: muscle enzyme</comment>
            <translation>Enzym</translation>
        </message>
        <message>
            <source>Extramusc.</source>
            <comment>short column header: extramuscular activity</comment>
            <translation>Extramusk.</translation>
        </message>
        <message>
            <source>The Total Improvement Score (TIS, 2016 ACR/EULAR criteria) compares six core set measures at each later clinic visit with a baseline visit and gives 0–100 points: 20 or more is minimal, 40 or more moderate, 60 or more major improvement. With fewer than six measures the app shows a partial TIS and no category. All scores on this page are computed by the app from the values entered; they inform and do not replace your care team's judgement.</source>
            <translation>Der Total Improvement Score (TIS, Kriterien von ACR/EULAR 2016) vergleicht sechs Kernmessgrößen bei jedem späteren Arzttermin mit einem Ausgangstermin und vergibt 0–100 Punkte: ab 20 ist die Verbesserung gering, ab 40 mittel, ab 60 deutlich. Mit weniger als sechs Messgrößen zeigt die App einen Teil-TIS und keine Kategorie. Alle Werte auf dieser Seite berechnet die App aus den eingegebenen Angaben; sie dienen der Information und ersetzen nicht die Einschätzung Ihres Behandlungsteams.</translation>
        </message>
        <message>
            <source>Juvenile TIS (2016 ACR/EULAR juvenile criteria): ≥ 30 minimal, ≥ 45 moderate, ≥ 70 major improvement. The six core set measures are compared at each later clinic visit with a baseline visit: the physician global, the parent global (standing in for the patient global), the CMAS (or MMT-8), the CHAQ, a muscle enzyme and the extramuscular activity. All scores on this page are computed by the app from the values entered; they inform and do not replace your care team's judgement.</source>
            <translation>Juveniler TIS (juvenile Kriterien von ACR/EULAR 2016): ≥ 30 geringe, ≥ 45 mittlere, ≥ 70 deutliche Verbesserung. Die sechs Kernmessgrößen werden bei jedem späteren Arzttermin mit einem Ausgangstermin verglichen: die ärztliche Gesamtbeurteilung, die Gesamtbeurteilung der Eltern (anstelle der des Patienten), der CMAS (oder MMT-8), der CHAQ, ein Muskelenzym und die extramuskuläre Aktivität. Alle Werte auf dieser Seite berechnet die App aus den eingegebenen Angaben; sie dienen der Information und ersetzen nicht die Einschätzung Ihres Behandlungsteams.</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>Points for {measure}</source>
            <translation>Punkte für {measure}</translation>
        </message>
        <message>
            <source>not scored (see below)</source>
            <translation>nicht berechnet (siehe unten)</translation>
        </message>
        <message>
            <source>no category (partial)</source>
            <translation>keine Kategorie (Teil-TIS)</translation>
        </message>
        <message>
            <source>TIS (computed by the app)</source>
            <translation>TIS (von der App berechnet)</translation>
        </message>
        <message>
            <source>Partial TIS (computed by the app)</source>
            <translation>Teil-TIS (von der App berechnet)</translation>
        </message>
        <message>
            <source>&amp;Baseline visit:</source>
            <translation>Ausgangster&amp;min:</translation>
        </message>
        <message>
            <source>Baseline visit</source>
            <translation>Ausgangstermin</translation>
        </message>
        <message>
            <source>Use the &amp;default baseline</source>
            <translation>&amp;Standard-Ausgangstermin verwenden</translation>
        </message>
        <message>
            <source>About the baseline</source>
            <translation>Zum Ausgangstermin</translation>
        </message>
        <message>
            <source>Deterioration check</source>
            <translation>Prüfung auf Verschlechterung</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>Weeks after the baseline visit</source>
            <translation>Wochen nach dem Ausgangstermin</translation>
        </message>
        <message>
            <source>Total Improvement Score, 0–100, computed by the app</source>
            <translation>Total Improvement Score, 0–100, von der App berechnet</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>≥ 20 minimal, ≥ 40 moderate, ≥ 60 major</source>
            <translation>≥ 20 gering, ≥ 40 mittel, ≥ 60 deutlich</translation>
        </message>
        <message>
            <source>TIS of each visit after the baseline</source>
            <translation>TIS jedes Termins nach dem Ausgangstermin</translation>
        </message>
        <message>
            <source>One row per visit after the baseline. The last six columns are the points of each measure (PhGA physician global, PtGA patient global, MMT-8, HAQ-DI, enzyme, extramuscular); they add up to the TIS.</source>
            <translation>Eine Zeile je Termin nach dem Ausgangstermin. Die letzten sechs Spalten sind die Punkte jeder Messgröße (PhGA ärztliche Gesamtbeurteilung, PtGA eigene Gesamtbeurteilung, MMT-8, HAQ-DI, Enzym, extramuskulär); zusammen ergeben sie den TIS.</translation>
        </message>
        <message>
            <source>TIS of the selected visit</source>
            <translation>TIS des ausgewählten Termins</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Messgröße</translation>
        </message>
        <message>
            <source>Baseline (and where it came from)</source>
            <translation>Ausgangswert (und woher er stammt)</translation>
        </message>
        <message>
            <source>Follow-up (and where it came from)</source>
            <translation>Folgewert (und woher er stammt)</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Verbesserung</translation>
        </message>
        <message>
            <source>Percent improvement from baseline (negative = worse), rounded</source>
            <translation>Verbesserung gegenüber dem Ausgangswert in Prozent (negativ = schlechter), gerundet</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>nicht berechnet</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>The improvement that scores these points</source>
            <translation>Die Verbesserung, die diese Punkte ergibt</translation>
        </message>
        <message>
            <source>The six measures of the selected visit</source>
            <translation>Die sechs Messgrößen des ausgewählten Termins</translation>
        </message>
        <message>
            <source>{visit} – default</source>
            <translation>{visit} – Standard</translation>
        </message>
        <message>
            <source>No clinic visits yet: add visits on the Visits tab to see the TIS.</source>
            <translation>Noch keine Arzttermine: Tragen Sie Termine auf der Registerkarte „Termine“ ein, um den TIS zu sehen.</translation>
        </message>
        <message>
            <source>Baseline: the visit of {date} ({count} of 6 measures).</source>
            <translation>Ausgangstermin: der Termin vom {date} ({count} von 6 Messgrößen).</translation>
        </message>
        <message>
            <source>Missing at baseline: {measures}.</source>
            <translation>Fehlt beim Ausgangstermin: {measures}.</translation>
        </message>
        <message>
            <source>Where the values come from: {sources}</source>
            <translation>Woher die Werte stammen: {sources}</translation>
        </message>
        <message>
            <source>Measures of a visit</source>
            <translation>Messgrößen eines Termins</translation>
        </message>
        <message>
            <source>Select a visit above to see how its TIS was computed.</source>
            <translation>Wählen Sie oben einen Termin, um zu sehen, wie sein TIS berechnet wurde.</translation>
        </message>
        <message>
            <source>Visit of {date} compared with the baseline of {baseline}</source>
            <translation>Termin vom {date} im Vergleich zum Ausgangstermin vom {baseline}</translation>
        </message>
        <message>
            <source>. Not scored (missing at baseline or at this visit): {measures}.</source>
            <translation>. Nicht berechnet (fehlt beim Ausgangstermin oder bei diesem Termin): {measures}.</translation>
        </message>
        <message>
            <source>Not used: {notes}.</source>
            <translation>Nicht verwendet: {notes}.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>TIS category: no improvement</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>minimal</source>
            <comment>TIS category: minimal improvement</comment>
            <translation>gering</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>TIS category: moderate improvement</comment>
            <translation>mittel</translation>
        </message>
        <message>
            <source>major</source>
            <comment>TIS category: major improvement</comment>
            <translation>deutlich</translation>
        </message>
        <message>
            <source>partial {total} ({used} of {all})</source>
            <translation>Teil {total} ({used} von {all})</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>How active my child's disease feels</source>
            <translation>Wie aktiv sich die Krankheit meines Kindes anfühlt</translation>
        </message>
        <message>
            <source>My child's fatigue</source>
            <translation>Erschöpfung meines Kindes</translation>
        </message>
        <message>
            <source>My child's pain</source>
            <translation>Schmerzen meines Kindes</translation>
        </message>
        <message>
            <source>My child's worst itch</source>
            <translation>Stärkster Juckreiz meines Kindes</translation>
        </message>
        <message>
            <source>none</source>
            <comment>0 on a 0–10 scale</comment>
            <translation>gar nicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>5 on a 0–10 scale</comment>
            <translation>mittel</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <comment>10 on a 0–10 scale</comment>
            <translation>schlimmstmöglich</translation>
        </message>
        <message>
            <source>Not saved yet: the form shows what you typed before the app closed. Press Ctrl+S to save it, or change the day to leave it.</source>
            <translation>Noch nicht gespeichert: Das Formular zeigt, was Sie eingetippt hatten, bevor die App geschlossen wurde. Drücken Sie Strg+S, um es zu speichern, oder wählen Sie einen anderen Tag, um es zu verwerfen.</translation>
        </message>
        <message>
            <source>Not logged yet. Start here: type a number from 0 to 10 for each line (Tab moves to the next), then press Ctrl+S to save. It takes under a minute.</source>
            <translation>Noch nicht eingetragen. So fangen Sie an: Tippen Sie für jede Zeile eine Zahl von 0 bis 10 ein (Tab springt zur nächsten) und drücken Sie dann Strg+S zum Speichern. Das dauert weniger als eine Minute.</translation>
        </message>
        <message>
            <source>Day to log</source>
            <translation>Einzutragender Tag</translation>
        </message>
        <message>
            <source>Log a past day (Ctrl+Page Up / Ctrl+Page Down)</source>
            <translation>Einen früheren Tag eintragen (Strg+Bild auf / Strg+Bild ab)</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>Back to t&amp;oday</source>
            <translation>&amp;Zurück zu heute</translation>
        </message>
        <message>
            <source>How are you today?</source>
            <translation>Wie geht es Ihnen heute?</translation>
        </message>
        <message>
            <source>Ans&amp;wered by:</source>
            <translation>Beantwortet &amp;von:</translation>
        </message>
        <message>
            <source>the child</source>
            <translation>das Kind</translation>
        </message>
        <message>
            <source>a parent</source>
            <translation>ein Elternteil</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Beantwortet von</translation>
        </message>
        <message>
            <source>0 = none, 10 = worst imaginable. Type a number, or use the arrow keys.</source>
            <translation>0 = gar nicht, 10 = schlimmstmöglich. Tippen Sie eine Zahl ein oder nutzen Sie die Pfeiltasten.</translation>
        </message>
        <message>
            <source>Everyday tasks (over the last day)</source>
            <translation>Alltägliche Tätigkeiten (am letzten Tag)</translation>
        </message>
        <message>
            <source>&amp;Notes (Ctrl+Enter saves)</source>
            <translation>&amp;Notizen (Strg+Enter speichert)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>&amp;Save check-in (Ctrl+S)</source>
            <translation>Tageseintrag &amp;speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Self-tests</source>
            <translation>Selbsttests</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Where</source>
            <comment>where the self-test was done</comment>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Exertion</source>
            <translation>Anstrengung</translation>
        </message>
        <message>
            <source>Self-tests of the day</source>
            <translation>Selbsttests des Tages</translation>
        </message>
        <message>
            <source>Add a self-&amp;test (Ctrl+T)</source>
            <translation>Se&amp;lbsttest hinzufügen (Strg+T)</translation>
        </message>
        <message>
            <source>Rash</source>
            <translation>Hautausschlag</translation>
        </message>
        <message>
            <source>Log &amp;rash (Ctrl+R)</source>
            <translation>Hautausschlag eint&amp;ragen (Strg+R)</translation>
        </message>
        <message>
            <source>today</source>
            <comment>the latest day</comment>
            <translation>heute</translation>
        </message>
        <message>
            <source>How is your child today?</source>
            <translation>Wie geht es Ihrem Kind heute?</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (heute)</translation>
        </message>
        <message>
            <source>{day} (a past day)</source>
            <translation>{day} (ein früherer Tag)</translation>
        </message>
        <message>
            <source>Restored what you typed before the app closed (not saved yet).</source>
            <translation>Wiederhergestellt, was Sie vor dem Schließen der App eingetippt hatten (noch nicht gespeichert).</translation>
        </message>
        <message>
            <source>✓ Saved at {time} on {day}.</source>
            <translation>✓ Gespeichert um {time} am {day}.</translation>
        </message>
        <message>
            <source>Not logged yet. Values from {day} are filled in (marked ↻) as a starting point: change them or press Ctrl+S to keep them.</source>
            <translation>Noch nicht eingetragen. Die Werte vom {day} sind als Ausgangspunkt eingesetzt (mit ↻ markiert): Ändern Sie sie, oder drücken Sie Strg+S, um sie zu übernehmen.</translation>
        </message>
        <message>
            <source>{site} (redness {redness})</source>
            <translation>{site} (Rötung {redness})</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the sites of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{label}: {score}. Sites: {sites}.</source>
            <translation>{label}: {score}. Stellen: {sites}.</translation>
        </message>
        <message>
            <source>No rash logged for this day.</source>
            <translation>Für diesen Tag ist kein Hautausschlag eingetragen.</translation>
        </message>
        <message>
            <source>No IVIG course recorded yet.</source>
            <translation>Noch kein IVIG-Zyklus eingetragen.</translation>
        </message>
        <message>
            <source>today</source>
            <comment>when the next course is due</comment>
            <translation>heute</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last course started {day} ({dose} g/kg over %n day(s)).</source>
            <translation>
                <numerusform>Letzter Zyklus begann am {day} ({dose} g/kg an %n Tag).</numerusform>
                <numerusform>Letzter Zyklus begann am {day} ({dose} g/kg über %n Tage).</numerusform>
            </translation>
        </message>
        <message>
            <source>Next course due {day} ({when}, already planned).</source>
            <translation>Nächster Zyklus fällig am {day} ({when}, schon geplant).</translation>
        </message>
        <message>
            <source>Next course due {day} ({when}).</source>
            <translation>Nächster Zyklus fällig am {day} ({when}).</translation>
        </message>
        <message>
            <source>Reminder: today is not logged yet. It takes under a minute.</source>
            <translation>Erinnerung: Heute ist noch nichts eingetragen. Es dauert weniger als eine Minute.</translation>
        </message>
        <message>
            <source>✓ Saved at {time} for {day}.</source>
            <translation>✓ Gespeichert um {time} für {day}.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsPage</name>
        <message>
            <source>RED FLAG {term} (grade {grade})</source>
            <translation>WARNZEICHEN {term} (Schweregrad {grade})</translation>
        </message>
        <message>
            <source>{term} (grade {grade})</source>
            <translation>{term} (Schweregrad {grade})</translation>
        </message>
        <message>
            <source>{dose} (adjusted weight)</source>
            <translation>{dose} (angepasstes Gewicht)</translation>
        </message>
        <message>
            <source>{dose} (ideal weight)</source>
            <translation>{dose} (Idealgewicht)</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leicht</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>schwer</translation>
        </message>
        <message>
            <source>Treatments</source>
            <translation>Behandlungen</translation>
        </message>
        <message>
            <source>Treatment records</source>
            <translation>Behandlungseinträge</translation>
        </message>
        <message>
            <source>&amp;Plan course</source>
            <translation>Zyklus &amp;planen</translation>
        </message>
        <message>
            <source>&amp;Record infusion day…</source>
            <translation>Infusionstag &amp;eintragen…</translation>
        </message>
        <message>
            <source>Edi&amp;t selected day…</source>
            <translation>Ausgewählten Tag &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>part of a lot number</source>
            <translation>Teil einer Chargennummer</translation>
        </message>
        <message>
            <source>Search by &amp;lot number</source>
            <translation>Nach &amp;Chargennummer suchen</translation>
        </message>
        <message>
            <source>Search infusions by lot number</source>
            <translation>Infusionen nach Chargennummer suchen</translation>
        </message>
        <message>
            <source>IVIG courses</source>
            <translation>IVIG-Zyklen</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Days recorded</source>
            <translation>Eingetragene Tage</translation>
        </message>
        <message>
            <source>{done} of {days}</source>
            <translation>{done} von {days}</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Nächster fällig</translation>
        </message>
        <message>
            <source>Side effects linked</source>
            <translation>Zugeordnete Nebenwirkungen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Infusion days</source>
            <translation>Infusionstage</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Präparat</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Haltbar bis</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Uhrzeiten</translation>
        </message>
        <message>
            <source>Course from</source>
            <translation>Zyklus ab</translation>
        </message>
        <message>
            <source>Select an infusion day to see its details.</source>
            <translation>Einen Infusionstag auswählen, um die Einzelheiten zu sehen.</translation>
        </message>
        <message>
            <source>Details of the selected infusion day</source>
            <translation>Einzelheiten des ausgewählten Infusionstags</translation>
        </message>
        <message>
            <source>&amp;Infusions</source>
            <translation>&amp;Infusionen</translation>
        </message>
        <message>
            <source>&amp;Log side effect…</source>
            <translation>&amp;Nebenwirkung eintragen…</translation>
        </message>
        <message>
            <source>Edi&amp;t selected…</source>
            <translation>Ausgewählte &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Nebenwirkung</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>RED FLAG</source>
            <translation>WARNZEICHEN</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <source>1 noticeable · 2 needed a simple remedy · 3 needed a doctor · 4 life-threatening</source>
            <translation>1 spürbar · 2 brauchte ein einfaches Mittel · 3 brauchte eine Ärztin / einen Arzt · 4 lebensbedrohlich</translation>
        </message>
        <message>
            <source>Linked course</source>
            <translation>Zugeordneter Zyklus</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>Schwerwiegend</translation>
        </message>
        <message>
            <source>serious</source>
            <translation>schwerwiegend</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ausgang</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Nebenwirkungen</translation>
        </message>
        <message>
            <source>Side &amp;effects</source>
            <translation>Neben&amp;wirkungen</translation>
        </message>
        <message>
            <source>Me&amp;dications</source>
            <translation>Me&amp;dikamente</translation>
        </message>
        <message>
            <source>none (chosen)</source>
            <translation>keiner (gewählt)</translation>
        </message>
        <message>
            <source>{start} (automatic)</source>
            <translation>{start} (automatisch)</translation>
        </message>
        <message>
            <source>{start} (chosen)</source>
            <translation>{start} (gewählt)</translation>
        </message>
        <message>
            <source>course from {date}</source>
            <translation>Zyklus ab {date}</translation>
        </message>
        <message>
            <source>Plan and save a course first (Plan course tab)</source>
            <translation>Zuerst einen Zyklus planen und speichern (Reiter „Zyklus planen“)</translation>
        </message>
        <message>
            <source>No course yet: plan one in the Plan course tab and save it, then record its days.</source>
            <translation>Noch kein Zyklus: Planen Sie einen im Reiter „Zyklus planen“ und speichern Sie ihn, dann tragen Sie seine Tage ein.</translation>
        </message>
        <message>
            <source>{drug} {dose} at {time}</source>
            <translation>{drug} {dose} um {time}</translation>
        </message>
        <message>
            <source>BP {upper}/{lower}</source>
            <translation>RR {upper}/{lower}</translation>
        </message>
        <message>
            <source>pulse {rate}</source>
            <translation>Puls {rate}</translation>
        </message>
        <message>
            <source>{date}, day {number} of {days}: {product}, lot {lot}, {dose} at {weight}.</source>
            <translation>{date}, Tag {number} von {days}: {product}, Charge {lot}, {dose} bei {weight}.</translation>
        </message>
        <message>
            <source>product not given</source>
            <translation>Präparat nicht angegeben</translation>
        </message>
        <message>
            <source>Rate steps: {steps}.</source>
            <translation>Geschwindigkeitsstufen: {steps}.</translation>
        </message>
        <message>
            <source>Premedication: {premeds}. Hydration: {hydration}.</source>
            <translation>Prämedikation: {premeds}. Flüssigkeit: {hydration}.</translation>
        </message>
        <message>
            <source>Vital signs: {vitals}.</source>
            <translation>Vitalwerte: {vitals}.</translation>
        </message>
        <message>
            <source>Setting: {setting}.</source>
            <translation>Behandlungsort: {setting}.</translation>
        </message>
        <message>
            <source>Side effects linked to this course: {effects}.</source>
            <translation>Diesem Zyklus zugeordnete Nebenwirkungen: {effects}.</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notizen: {notes}</translation>
        </message>
        <message>
            <source>select an infusion day in the table first</source>
            <translation>zuerst einen Infusionstag in der Tabelle auswählen</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>select a side effect in the table first</source>
            <translation>zuerst eine Nebenwirkung in der Tabelle auswählen</translation>
        </message>
    </context>
    <context>
        <name>TrendsPage</name>
        <message>
            <source>4 &amp;weeks</source>
            <translation>4 &amp;Wochen</translation>
        </message>
        <message>
            <source>12 wee&amp;ks</source>
            <translation>12 W&amp;ochen</translation>
        </message>
        <message>
            <source>1 &amp;year</source>
            <translation>1 &amp;Jahr</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>A&amp;lles</translation>
        </message>
        <message>
            <source>Show {range}</source>
            <translation>{range} zeigen</translation>
        </message>
        <message>
            <source>Custom range start</source>
            <translation>Beginn des gezeigten Zeitraums</translation>
        </message>
        <message>
            <source>Custom range end</source>
            <translation>Ende des gezeigten Zeitraums</translation>
        </message>
        <message>
            <source>&amp;Dates shown:</source>
            <translation>Gezeigter &amp;Zeitraum:</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between the first and the last date</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>6 m&amp;onths</source>
            <translation>6 Mo&amp;nate</translation>
        </message>
        <message>
            <source>Show &amp;range</source>
            <translation>&amp;Bereich zeigen</translation>
        </message>
        <message>
            <source>7-day m&amp;ean</source>
            <translation>7-Tage-Mitt&amp;el</translation>
        </message>
        <message>
            <source>&amp;Log scale for enzymes</source>
            <translation>Logarithmis&amp;che Skala für Enzyme</translation>
        </message>
        <message>
            <source>E&amp;xport chart…</source>
            <translation>Diagramm e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Trend views</source>
            <translation>Ansichten des Verlaufs</translation>
        </message>
        <message>
            <source>Move the mouse over the chart, or focus it and use Ctrl+← →, to read the values of a day.</source>
            <translation>Bewegen Sie die Maus über das Diagramm oder wählen Sie es aus und drücken Sie Strg+← →, um die Werte eines Tages abzulesen.</translation>
        </message>
        <message>
            <source>The mouse wheel scrolls the page; Ctrl+wheel zooms the chart (the wheel alone zooms while the chart has the keyboard focus). Chart keys: ← → pan · ↑ ↓ zoom · Home shows all · Ctrl+← → move the day marker. Click a legend entry to hide it.</source>
            <translation>Das Mausrad blättert die Seite; Strg+Mausrad zoomt das Diagramm (das Mausrad allein zoomt, solange das Diagramm den Tastaturfokus hat). Tasten im Diagramm: ← → verschieben · ↑ ↓ zoomen · Pos1 zeigt alles · Strg+← → verschiebt die Tagesmarke. Klicken Sie auf einen Legendeneintrag, um ihn auszublenden.</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>Zei&amp;tverlauf</translation>
        </message>
        <message>
            <source>Measure for the cycle view</source>
            <translation>Messgröße für die Zyklusansicht</translation>
        </message>
        <message>
            <source>Mea&amp;sure:</source>
            <translation>Messg&amp;röße:</translation>
        </message>
        <message>
            <source>Each IVIG course starts day 0. The bold line is the median over all cycles, the band the middle half; a rise towards the end of the cycle is the wear-off before the next course. Days with values from fewer than 3 cycles have no median.</source>
            <translation>Jeder IVIG-Zyklus beginnt mit Tag 0. Die dicke Linie ist der Median über alle Zyklen, das Band die mittlere Hälfte; ein Anstieg gegen Ende des Zyklus ist das Nachlassen der Wirkung vor dem nächsten Zyklus. Tage mit Werten aus weniger als 3 Zyklen haben keinen Median.</translation>
        </message>
        <message>
            <source>Infusion &amp;cycle</source>
            <translation>&amp;Infusionszyklus</translation>
        </message>
        <message>
            <source>Flare threshold in points</source>
            <translation>Schwelle für einen Schub in Punkten</translation>
        </message>
        <message>
            <source>A possible flare is a rise of at least</source>
            <translation>Ein möglicher Schub ist ein Anstieg um mindestens</translation>
        </message>
        <message>
            <source>points above the mean of the previous 4 logged days, in how active the disease feels or in fatigue.</source>
            <translation>Punkte über den Mittelwert der 4 vorherigen eingetragenen Tage, bei der gefühlten Krankheitsaktivität oder bei der Erschöpfung.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Mean of previous 4</source>
            <translation>Mittel der 4 vorherigen</translation>
        </message>
        <message>
            <source>Rise</source>
            <translation>Anstieg</translation>
        </message>
        <message>
            <source>Possible flares</source>
            <translation>Mögliche Schübe</translation>
        </message>
        <message>
            <source>&amp;Possible flares</source>
            <translation>Mögliche &amp;Schübe</translation>
        </message>
        <message>
            <source>the last day the chart can show</source>
            <translation>der letzte Tag, den das Diagramm zeigen kann</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG (*.svg)</translation>
        </message>
        <message>
            <source>possible flare</source>
            <translation>möglicher Schub</translation>
        </message>
        <message>
            <source>{date}: {values}</source>
            <translation>{date}: {values}</translation>
        </message>
        <message>
            <source>nothing logged</source>
            <translation>nichts eingetragen</translation>
        </message>
        <message>
            <source>Prednisone {dose} mg/day</source>
            <translation>Prednison {dose} mg/Tag</translation>
        </message>
        <message>
            <source>{course}, course day {day}</source>
            <translation>{course}, Zyklustag {day}</translation>
        </message>
        <message>
            <source>Side effect: {term}, grade {grade} (RED FLAG)</source>
            <translation>Nebenwirkung: {term}, Grad {grade} (WARNZEICHEN)</translation>
        </message>
        <message>
            <source>Side effect: {term}, grade {grade}</source>
            <translation>Nebenwirkung: {term}, Grad {grade}</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>must be a number, got {value}</source>
            <extracomment>Tie-break order for the enzyme choice (app rule); other names follow, alphabetically.</extracomment>
            <translation>muss eine Zahl sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be a finite number, got {value}</source>
            <translation>muss eine endliche Zahl sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be between {low} and {high}, got {value}</source>
            <translation>muss zwischen {low} und {high} liegen (eingegeben: {value})</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>muss ausgefüllt werden</translation>
        </message>
        <message>
            <source>must be greater than 0, got {value}</source>
            <translation>muss größer als 0 sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be a non-empty text, got {value}</source>
            <translation>darf nicht leer sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be 80 (unilateral) or 150 (bilateral), got {value}</source>
            <translation>muss 80 (einseitig) oder 150 (beidseitig) sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>is required when mmt8 is given: 80 (unilateral) or 150 (bilateral)</source>
            <translation>muss angegeben werden, wenn ein MMT-8-Wert eingetragen ist: 80 (einseitig) oder 150 (beidseitig)</translation>
        </message>
        <message>
            <source>must be a list of EnzymeResult</source>
            <translation>muss eine Liste von Enzymwerten sein</translation>
        </message>
        <message>
            <source>must contain EnzymeResult items, got {value}</source>
            <translation>darf nur Enzymwerte enthalten (enthalten: {value})</translation>
        </message>
        <message>
            <source>{name} is given more than once</source>
            <translation>{name} ist mehr als einmal angegeben</translation>
        </message>
        <message>
            <source>must be a number greater than {low} and at most {high}{unit}, got {value}</source>
            <translation>muss eine Zahl größer als {low} und höchstens {high}{unit} sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}{unit}, got {value}</source>
            <translation>muss eine Zahl von {low} bis {high}{unit} sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}, got {value}</source>
            <translation>muss eine ganze Zahl von {low} bis {high} sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be male or female for the ideal body weight (the Devine formula has no other form), got {value}</source>
            <translation>muss für das Idealgewicht männlich oder weiblich sein (die Devine-Formel gibt es nur in diesen zwei Formen), eingegeben: {value}</translation>
        </message>
        <message>
            <source>must be one of {options}, got {value}</source>
            <translation>muss einer dieser Werte sein: {options} (eingegeben: {value})</translation>
        </message>
        <message>
            <source>{kind} {id} does not exist</source>
            <translation>{kind} {id} gibt es nicht</translation>
        </message>
        <message>
            <source>unknown HAQ item number; items are numbered 1 to 20</source>
            <extracomment>The eight categories in questionnaire order: key -&gt; (label, item numbers). Shown once above the items of each category. The 20 items (Stanford HAQ wording), each read after :data:`LEAD_IN`. Aids or devices that count for each category; "activities" has none (help only). Fewer answered categories than this: no HAQ-DI.</extracomment>
            <translation>unbekannte HAQ-Fragennummer; die Fragen sind von 1 bis 20 nummeriert</translation>
        </message>
        <message>
            <source>answer must be 0, 1, 2 or 3 (or None if unanswered), got {value}</source>
            <translation>die Antwort muss 0, 1, 2 oder 3 sein (oder leer, wenn nicht beantwortet), eingegeben: {value}</translation>
        </message>
        <message>
            <source>must be a collection of category names, not a single text {value}</source>
            <translation>muss eine Auswahl von Bereichsnamen sein, kein einzelner Text {value}</translation>
        </message>
        <message>
            <source>unknown category {value}; expected one of {options}</source>
            <translation>unbekannter Bereich {value}; erwartet wird einer von: {options}</translation>
        </message>
        <message>
            <source>must be a mapping of item -&gt; answer, got {value}</source>
            <translation>muss jeder Frage eine Antwort zuordnen (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be True or False, got {value}</source>
            <translation>muss Ja oder Nein sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be a date, got {value}</source>
            <translation>muss ein Datum sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be (step_down, every_days, down_to)</source>
            <translation>muss aus Schritt, Tagen und Zieldosis bestehen (step_down, every_days, down_to)</translation>
        </message>
        <message>
            <source>give at least one stage (step_down, every_days, down_to)</source>
            <translation>geben Sie mindestens eine Stufe an (step_down, every_days, down_to)</translation>
        </message>
        <message>
            <source>must be below the dose this stage starts from ({dose}), got {value}</source>
            <translation>muss unter der Dosis liegen, mit der diese Stufe beginnt ({dose}), eingegeben: {value}</translation>
        </message>
        <message>
            <source>makes more than {most} taper steps</source>
            <translation>ergibt mehr als {most} Reduktionsschritte</translation>
        </message>
        <message>
            <source>a weekly dose needs the day of the week (0 Monday … 6 Sunday)</source>
            <translation>eine wöchentliche Dosis braucht den Wochentag (0 Montag … 6 Sonntag)</translation>
        </message>
        <message>
            <source>must be one of {options}; got {value}</source>
            <translation>muss einer dieser Werte sein: {options} (eingegeben: {value})</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>liegt vor dem Startdatum</translation>
        </message>
        <message>
            <source>must be mg, g or mcg to add up in mg; got {value}</source>
            <translation>muss mg, g oder mcg sein, um in mg zusammengezählt zu werden (eingegeben: {value})</translation>
        </message>
        <message>
            <source>is before start</source>
            <translation>liegt vor dem Beginn</translation>
        </message>
        <message>
            <source>must be a list of regimens</source>
            <translation>muss eine Liste von Dosierungen sein</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>muss Text sein</translation>
        </message>
        <message>
            <source>must be a list of item numbers 1–30</source>
            <translation>muss eine Liste von Fragennummern 1–30 sein</translation>
        </message>
        <message>
            <source>has an unknown item {item} (items are 1–30)</source>
            <translation>enthält eine unbekannte Frage {item} (die Fragen sind 1–30)</translation>
        </message>
        <message>
            <source>must map CMAS items to their scores</source>
            <translation>muss den CMAS-Aufgaben ihre Punkte zuordnen</translation>
        </message>
        <message>
            <source>{item}: {reason}</source>
            <translation>{item}: {reason}</translation>
        </message>
        <message>
            <source>must map item numbers (1–20, the CHAQ 1–30) to answers 0–3</source>
            <translation>muss Fragennummern (1–20, beim CHAQ 1–30) Antworten von 0–3 zuordnen</translation>
        </message>
        <message>
            <source>has an unknown item {item} (items are 1–20)</source>
            <translation>enthält eine unbekannte Frage {item} (die Fragen sind 1–20)</translation>
        </message>
        <message>
            <source>item {item} {reason}</source>
            <translation>Frage {item}: {reason}</translation>
        </message>
        <message>
            <source>a check-in needs at least one answer or a note</source>
            <translation>ein Tageseintrag braucht mindestens eine Antwort oder eine Notiz</translation>
        </message>
        <message>
            <source>is required for a custom test</source>
            <translation>muss bei einem eigenen Test ausgefüllt werden</translation>
        </message>
        <message>
            <source>must be {unit} for {test}, got {value}</source>
            <translation>muss für {test} {unit} sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be at most {limit} for {test}, got {value}</source>
            <translation>darf für {test} höchstens {limit} sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be a whole count, got {value}</source>
            <translation>muss eine ganze Anzahl sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>describe the site when it is 'other'</source>
            <translation>beschreiben Sie die Stelle, wenn „andere Stelle“ gewählt ist</translation>
        </message>
        <message>
            <source>is only for an 'other' site</source>
            <translation>ist nur für „andere Stelle“ gedacht</translation>
        </message>
        <message>
            <source>day {day} of {days} is not possible</source>
            <translation>Tag {day} von {days} ist nicht möglich</translation>
        </message>
        <message>
            <source>is before the start time</source>
            <translation>liegt vor der Startzeit</translation>
        </message>
        <message>
            <source>give the rate in mL/kg/min or in mL/h</source>
            <translation>geben Sie die Geschwindigkeit in mL/kg/min oder in mL/h an</translation>
        </message>
        <message>
            <source>give at least one measurement</source>
            <translation>geben Sie mindestens einen Messwert an</translation>
        </message>
        <message>
            <source>blood pressure needs both numbers</source>
            <translation>der Blutdruck braucht beide Werte</translation>
        </message>
        <message>
            <source>must be lower than the systolic pressure</source>
            <translation>muss niedriger sein als der obere (systolische) Wert</translation>
        </message>
        <message>
            <source>is before the onset</source>
            <translation>liegt vor dem Beginn der Beschwerden</translation>
        </message>
        <message>
            <source>is only asked when fever is ticked</source>
            <translation>wird nur abgefragt, wenn Fieber angekreuzt ist</translation>
        </message>
        <message>
            <source>a weekly dose needs the day of the week</source>
            <translation>eine wöchentliche Dosis braucht den Wochentag</translation>
        </message>
        <message>
            <source>is only for a weekly dose</source>
            <translation>ist nur für eine wöchentliche Dosis</translation>
        </message>
        <message>
            <source>is below the reference low</source>
            <translation>liegt unter dem unteren Referenzwert</translation>
        </message>
        <message>
            <source>belongs to the CHAQ, not the HAQ-DI</source>
            <translation>gehört zum CHAQ, nicht zum HAQ-DI</translation>
        </message>
        <message>
            <source>item {item} has an answer and is also not applicable</source>
            <translation>Frage {item} hat eine Antwort und ist zugleich „trifft nicht zu“</translation>
        </message>
        <message>
            <source>is {total} but the CMAS items entered add up to {computed}</source>
            <translation>ist {total}, aber die eingegebenen CMAS-Aufgaben ergeben zusammen {computed}</translation>
        </message>
        <message>
            <source>choose 0–80 (one side) or 0–150 (both sides) for the MMT-8</source>
            <translation>wählen Sie 0–80 (eine Seite) oder 0–150 (beide Seiten) für den MMT-8</translation>
        </message>
        <message>
            <source>must be at most {scale} on the 0–{scale} scale, got {total}</source>
            <translation>darf auf der Skala 0–{scale} höchstens {scale} sein (eingegeben: {total})</translation>
        </message>
        <message>
            <source>is {total} but the muscles entered add up to {computed}</source>
            <translation>ist {total}, aber die eingetragenen Muskeln ergeben zusammen {computed}</translation>
        </message>
        <message>
            <source>give at least one of the scales or a note</source>
            <translation>geben Sie mindestens eine Skala oder eine Notiz an</translation>
        </message>
        <message>
            <source>must be a list of risk factors</source>
            <translation>muss eine Liste von Risikofaktoren sein</translation>
        </message>
        <message>
            <source>has an unknown risk factor {value}</source>
            <translation>enthält einen unbekannten Risikofaktor {value}</translation>
        </message>
        <message>
            <source>nothing (null)</source>
            <extracomment>Points above the mean of the 4 logged days before that mark a possible flare (domain/trends). Kept here, not in trends (which needs numpy), so reading settings stays light at start-up. A random id made once, naming this diary's folder inside the second backup folder. Settings the app keeps about itself (not the user's choices): a backup imported again is still "the same" when only these differ.</extracomment>
            <translation>nichts (null)</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>ja/nein</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>must be true or false, got {value}</source>
            <translation>muss ja oder nein sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}, got {value}</source>
            <translation>muss eine Zahl von {low} bis {high} sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}</source>
            <translation>muss eine Zahl von {low} bis {high} sein</translation>
        </message>
        <message>
            <source>must be a folder path, got {value}</source>
            <translation>muss ein Ordnerpfad sein, erhalten: {value}</translation>
        </message>
        <message>
            <source>must be a folder path of at most {most} characters on one line</source>
            <translation>muss ein Ordnerpfad von höchstens {most} Zeichen in einer Zeile sein</translation>
        </message>
        <message>
            <source>must be a date and time with its time zone or null</source>
            <translation>muss ein Datum mit Uhrzeit und Zeitzone sein oder null</translation>
        </message>
        <message>
            <source>must be text of at most {most} characters</source>
            <translation>muss ein Text von höchstens {most} Zeichen sein</translation>
        </message>
        <message>
            <source>must be 16 lowercase hexadecimal digits</source>
            <translation>muss aus 16 kleingeschriebenen Hexadezimalziffern bestehen</translation>
        </message>
        <message>
            <source>must be one of the self-tests ({options})</source>
            <translation>muss einer der Selbsttests sein ({options})</translation>
        </message>
        <message>
            <source>must be a list of series names, got {value}</source>
            <translation>muss eine Liste von Kurvennamen sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must name at most {most} series, got {count}</source>
            <translation>darf höchstens {most} Kurven nennen (eingegeben: {count})</translation>
        </message>
        <message>
            <source>must hold series names (text of 1–{most} characters)</source>
            <translation>muss Kurvennamen enthalten (Text mit 1–{most} Zeichen)</translation>
        </message>
        <message>
            <source>must be an object (the check-in form as typed), got {value}</source>
            <translation>muss ein Objekt sein (das Formular des Tageseintrags, wie eingegeben), eingegeben: {value}</translation>
        </message>
        <message>
            <source>has an entry that is not a check-in field: {value}</source>
            <translation>enthält einen Eintrag, der kein Feld des Tageseintrags ist: {value}</translation>
        </message>
        <message>
            <source>must name its day as YYYY-MM-DD</source>
            <translation>muss seinen Tag als JJJJ-MM-TT angeben</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 0 to {top} or null</source>
            <translation>{key} muss eine ganze Zahl von 0 bis {top} oder leer (null) sein</translation>
        </message>
        <message>
            <source>notes must be text of at most {most} characters</source>
            <translation>die Notizen müssen Text mit höchstens {most} Zeichen sein</translation>
        </message>
        <message>
            <source>must be a folder's path of at most {most} characters</source>
            <translation>muss der Pfad eines Ordners mit höchstens {most} Zeichen sein</translation>
        </message>
        <message>
            <source>must be a full path (from the top of the disk)</source>
            <translation>muss ein vollständiger Pfad sein (von der obersten Ebene des Laufwerks)</translation>
        </message>
        <message>
            <source>{key} is not a setting of dmtracker</source>
            <translation>{key} ist keine Einstellung von dmtracker</translation>
        </message>
        <message>
            <source>is nested too deeply</source>
            <translation>ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>must be text, got {value}</source>
            <translation>muss Text sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>contains a control character</source>
            <translation>enthält ein Steuerzeichen</translation>
        </message>
        <message numerus="yes">
            <source>must be at most %n character(s), got {length}</source>
            <translation>
                <numerusform>darf höchstens %n Zeichen lang sein (eingegeben: {length})</numerusform>
                <numerusform>darf höchstens %n Zeichen lang sein (eingegeben: {length})</numerusform>
            </translation>
        </message>
        <message>
            <source>must be a date and time, got {value}</source>
            <translation>muss ein Datum mit Uhrzeit sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must include a time zone (naive datetimes are ambiguous)</source>
            <translation>muss eine Zeitzone enthalten (ohne Zeitzone ist die Zeit nicht eindeutig)</translation>
        </message>
        <message>
            <source>must be a number of hours from 0 to {high}, got {value}</source>
            <translation>muss eine Anzahl Stunden von 0 bis {high} sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>is before course_start</source>
            <translation>liegt vor dem Beginn des Zyklus</translation>
        </message>
        <message>
            <source>unknown core set measure {value}</source>
            <translation>unbekannte Kernmessgröße {value}</translation>
        </message>
        <message>
            <source>must be CoreSetMeasures, got {value}</source>
            <translation>muss ein Satz von Kernmessgrößen sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>a number with more than 40 digits</source>
            <translation>eine Zahl mit mehr als 40 Stellen</translation>
        </message>
        <message>
            <source>must be a number above {low} and at most {high}, got {value}</source>
            <translation>muss eine Zahl über {low} und höchstens {high} sein (eingegeben: {value})</translation>
        </message>
        <message numerus="yes">
            <source>may have at most %n decimal place(s), got {value}</source>
            <translation>
                <numerusform>darf höchstens %n Nachkommastelle haben (eingegeben: {value})</numerusform>
                <numerusform>darf höchstens %n Nachkommastellen haben (eingegeben: {value})</numerusform>
            </translation>
        </message>
        <message>
            <source>has too many digits: {value}</source>
            <translation>hat zu viele Stellen: {value}</translation>
        </message>
        <message>
            <source>must be a single line</source>
            <translation>muss in einer Zeile stehen</translation>
        </message>
        <message>
            <source>contains a NUL character</source>
            <translation>enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <source>must be yes or no, got {value}</source>
            <translation>muss ja oder nein sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>must not be before {earliest}, got {day}</source>
            <translation>darf nicht vor dem {earliest} liegen (eingegeben: {day})</translation>
        </message>
        <message>
            <source>cannot be in the future ({day} is after today)</source>
            <translation>darf nicht in der Zukunft liegen ({day} ist nach heute)</translation>
        </message>
        <message>
            <source>cannot be in the future ({day} is after {latest} anywhere on Earth)</source>
            <translation>darf nicht in der Zukunft liegen ({day} ist nach dem {latest}, an jedem Ort der Welt)</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD), got {value}</source>
            <translation>muss ein Datum sein (JJJJ-MM-TT), eingegeben: {value}</translation>
        </message>
        <message>
            <source>must include a time zone</source>
            <translation>muss eine Zeitzone enthalten</translation>
        </message>
        <message>
            <source>must not be before {earliest}</source>
            <translation>darf nicht vor dem {earliest} liegen</translation>
        </message>
        <message>
            <source>cannot be in the future</source>
            <translation>darf nicht in der Zukunft liegen</translation>
        </message>
        <message>
            <source>must be a list, got {value}</source>
            <translation>muss eine Liste sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>has an unknown entry {value}</source>
            <translation>enthält einen unbekannten Eintrag {value}</translation>
        </message>
        <message>
            <source>is not a field of a {kind}</source>
            <translation>ist kein Feld dieses Eintrags ({kind})</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Edit clinic visit</source>
            <translation>Arzttermin bearbeiten</translation>
        </message>
        <message>
            <source>New clinic visit</source>
            <translation>Neuer Arzttermin</translation>
        </message>
        <message>
            <source>Visit &amp;date</source>
            <translation>&amp;Datum des Termins</translation>
        </message>
        <message>
            <source>&amp;Clinician</source>
            <translation>Ä&amp;rztin / Arzt</translation>
        </message>
        <message>
            <source>&amp;Physician global activity (0–10)</source>
            <translation>Ärztliche &amp;Gesamtbeurteilung der Aktivität (0–10)</translation>
        </message>
        <message>
            <source>E&amp;xtramuscular global activity (0–10)</source>
            <translation>E&amp;xtramuskuläre Gesamtaktivität (0–10)</translation>
        </message>
        <message>
            <source>Pa&amp;rent global activity (0–10)</source>
            <translation>Gesamtbeurteilung der Aktivität durch die &amp;Eltern (0–10)</translation>
        </message>
        <message>
            <source>Standing in for the patient global in the juvenile TIS</source>
            <translation>Steht im juvenilen TIS für die Gesamtbeurteilung des Patienten</translation>
        </message>
        <message>
            <source>The parent's global stands in for the patient global (juvenile TIS).</source>
            <translation>Die Gesamtbeurteilung der Eltern steht für die des Patienten (juveniler TIS).</translation>
        </message>
        <message>
            <source>MMT-8 (Kendall 0–10 per muscle)</source>
            <translation>MMT-8 (Kendall 0–10 je Muskel)</translation>
        </message>
        <message>
            <source>0–150 (both sides)</source>
            <translation>0–150 (beide Seiten)</translation>
        </message>
        <message>
            <source>0–80 (one side)</source>
            <translation>0–80 (eine Seite)</translation>
        </message>
        <message>
            <source>MMT-8 sca&amp;le</source>
            <translation>MMT-8-Ska&amp;la</translation>
        </message>
        <message>
            <source>Side &amp;tested (0–80)</source>
            <translation>Ge&amp;testete Seite (0–80)</translation>
        </message>
        <message>
            <source>Side &amp;tested</source>
            <translation>Ge&amp;testete Seite</translation>
        </message>
        <message>
            <source>Muscle</source>
            <translation>Muskel</translation>
        </message>
        <message>
            <source>{muscle}, right side, 0–10</source>
            <translation>{muscle}, rechte Seite, 0–10</translation>
        </message>
        <message>
            <source>{muscle}, left side, 0–10</source>
            <translation>{muscle}, linke Seite, 0–10</translation>
        </message>
        <message>
            <source>{muscle} (axial, scored once), 0–10</source>
            <translation>{muscle} (axial, einmal bewertet), 0–10</translation>
        </message>
        <message>
            <source>(axial: scored once)</source>
            <translation>(axial: einmal bewertet)</translation>
        </message>
        <message>
            <source>MMT-8 total, only if the letter gives no &amp;grades</source>
            <translation>MMT-8-Summe, nur wenn der Arztbrief keine Einzel&amp;werte nennt</translation>
        </message>
        <message>
            <source>Total, only if the letter gives no &amp;grades</source>
            <translation>Summe, nur wenn der Arztbrief keine Einzel&amp;werte nennt</translation>
        </message>
        <message>
            <source>MMT-8 total</source>
            <translation>MMT-8-Summe</translation>
        </message>
        <message>
            <source>CDASI &amp;activity (0–100)</source>
            <translation>CDASI &amp;Aktivität (0–100)</translation>
        </message>
        <message>
            <source>CDASI da&amp;mage (0–32)</source>
            <translation>CDASI Sc&amp;haden (0–32)</translation>
        </message>
        <message>
            <source>DAS s&amp;kin (0–9, optional)</source>
            <translation>DAS Ha&amp;ut (0–9, optional)</translation>
        </message>
        <message>
            <source>DAS m&amp;uscle (0–11, optional)</source>
            <translation>DAS &amp;Muskel (0–11, optional)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>Total: {total} of {scale} (computed by the app from the {n} muscles)</source>
            <translation>Summe: {total} von {scale} (von der App aus den {n} Muskeln berechnet)</translation>
        </message>
        <message>
            <source>Total: not yet computed – {entered} of {n} muscles entered</source>
            <translation>Summe: noch nicht berechnet – {entered} von {n} Muskeln eingetragen</translation>
        </message>
        <message>
            <source>Total as given in the letter: {total} of {scale}</source>
            <translation>Summe laut Arztbrief: {total} von {scale}</translation>
        </message>
        <message>
            <source>Total: no MMT-8 entered</source>
            <translation>Summe: kein MMT-8 eingetragen</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Mon</source>
            <extracomment>The day of the week in three letters, as the report's table writes it ("weekly (Fri)").</extracomment>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>Actual weight</source>
            <translation>Tatsächliches Gewicht</translation>
        </message>
        <message>
            <source>Ideal weight (Devine)</source>
            <translation>Idealgewicht (Devine)</translation>
        </message>
        <message>
            <source>Adjusted weight (ideal + 0.4 × excess)</source>
            <translation>Angepasstes Gewicht (Idealgewicht + 0,4 × Übergewicht)</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Jeden Tag</translation>
        </message>
        <message>
            <source>Every other day</source>
            <translation>Jeden zweiten Tag</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Einmal pro Woche</translation>
        </message>
        <message>
            <source>In courses (e.g. IVIG)</source>
            <translation>In Zyklen (z. B. IVIG)</translation>
        </message>
        <message>
            <source>When needed</source>
            <translation>Bei Bedarf</translation>
        </message>
        <message>
            <source>By mouth</source>
            <translation>Zum Einnehmen (über den Mund)</translation>
        </message>
        <message>
            <source>Injection under the skin</source>
            <translation>Spritze unter die Haut</translation>
        </message>
        <message>
            <source>Into a vein (drip)</source>
            <translation>In die Vene (Infusion)</translation>
        </message>
        <message>
            <source>Injection into a muscle</source>
            <translation>Spritze in den Muskel</translation>
        </message>
        <message>
            <source>On the skin</source>
            <translation>Auf die Haut</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>micrograms (mcg)</source>
            <translation>Mikrogramm (mcg)</translation>
        </message>
        <message>
            <source>units (IU)</source>
            <translation>Einheiten (I.E.)</translation>
        </message>
        <message>
            <source>tablet(s)</source>
            <translation>Tablette(n)</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>Patient-reported rash score</source>
            <translation>Selbst eingeschätzter Hautausschlag-Wert</translation>
        </message>
        <message>
            <source>profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>daily steps</source>
            <translation>tägliche Schritte</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>Tageseintrag</translation>
        </message>
        <message>
            <source>self-test</source>
            <translation>Selbsttest</translation>
        </message>
        <message>
            <source>rash entry</source>
            <translation>Hautausschlag-Eintrag</translation>
        </message>
        <message>
            <source>rash photo</source>
            <translation>Foto des Hautausschlags</translation>
        </message>
        <message>
            <source>infusion course</source>
            <translation>Infusionszyklus</translation>
        </message>
        <message>
            <source>infusion day</source>
            <translation>Infusionstag</translation>
        </message>
        <message>
            <source>rate step</source>
            <translation>Geschwindigkeitsstufe</translation>
        </message>
        <message>
            <source>premedication</source>
            <translation>Vormedikation</translation>
        </message>
        <message>
            <source>vital signs</source>
            <translation>Vitalwerte</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>Nachkontrolle</translation>
        </message>
        <message>
            <source>side effect</source>
            <translation>Nebenwirkung</translation>
        </message>
        <message>
            <source>entry during the day</source>
            <translation>Eintrag im Tagesverlauf</translation>
        </message>
        <message>
            <source>medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>dose log</source>
            <translation>Einnahme-Eintrag</translation>
        </message>
        <message>
            <source>lab result</source>
            <translation>Laborwert</translation>
        </message>
        <message>
            <source>clinic visit</source>
            <translation>Arzttermin</translation>
        </message>
        <message>
            <source>questionnaire</source>
            <translation>Fragebogen</translation>
        </message>
        <message>
            <source>history of thrombosis</source>
            <extracomment>The question the UI asks at once when a clot or stroke was logged: record the history? (a services ``Change.prompts`` entry; here so that the UI can know it without importing the database layer before the window is painted).</extracomment>
            <translation>frühere Thrombose</translation>
        </message>
        <message>
            <source>age 65 or over</source>
            <translation>Alter 65 oder älter</translation>
        </message>
        <message>
            <source>oestrogens</source>
            <translation>Östrogene</translation>
        </message>
        <message>
            <source>long immobilisation</source>
            <translation>lange Immobilisierung</translation>
        </message>
        <message>
            <source>hypercoagulable condition</source>
            <translation>erhöhte Gerinnungsneigung (Thrombophilie)</translation>
        </message>
        <message>
            <source>central venous catheter</source>
            <translation>zentraler Venenkatheter</translation>
        </message>
        <message>
            <source>hyperviscosity</source>
            <translation>Hyperviskosität</translation>
        </message>
        <message>
            <source>cardiovascular risk factors</source>
            <translation>kardiovaskuläre Risikofaktoren</translation>
        </message>
        <message>
            <source>renal insufficiency</source>
            <translation>Niereninsuffizienz</translation>
        </message>
        <message>
            <source>diabetes</source>
            <translation>Diabetes</translation>
        </message>
        <message>
            <source>volume depletion</source>
            <translation>Volumenmangel</translation>
        </message>
        <message>
            <source>sepsis</source>
            <translation>Sepsis</translation>
        </message>
        <message>
            <source>paraproteinaemia</source>
            <translation>Paraproteinämie</translation>
        </message>
        <message>
            <source>nephrotoxic drugs</source>
            <translation>nierenschädigende Medikamente</translation>
        </message>
        <message>
            <source>I have had a blood clot in a vein or an artery (DVT, lung clot, stroke, heart attack)</source>
            <translation>Ich hatte schon ein Blutgerinnsel in einer Vene oder Arterie (Beinvenenthrombose, Lungenembolie, Schlaganfall, Herzinfarkt)</translation>
        </message>
        <message>
            <source>I am 65 or older</source>
            <translation>Ich bin 65 oder älter</translation>
        </message>
        <message>
            <source>I take oestrogen (the combined pill, HRT) (oestrogens)</source>
            <translation>Ich nehme Östrogen (Kombinationspille, Hormonersatztherapie) (Östrogene)</translation>
        </message>
        <message>
            <source>I am in bed or a chair most of the day for long periods (long immobilisation)</source>
            <translation>Ich liege oder sitze über lange Zeit den größten Teil des Tages (lange Immobilisierung)</translation>
        </message>
        <message>
            <source>A doctor told me my blood clots too easily (hypercoagulable condition)</source>
            <translation>Eine Ärztin oder ein Arzt hat mir gesagt, dass mein Blut zu leicht gerinnt (erhöhte Gerinnungsneigung)</translation>
        </message>
        <message>
            <source>I have a central line or port in a large vein (central venous catheter)</source>
            <translation>Ich habe einen zentralen Zugang oder Port in einer großen Vene (zentraler Venenkatheter)</translation>
        </message>
        <message>
            <source>A doctor told me my blood is too thick (hyperviscosity)</source>
            <translation>Eine Ärztin oder ein Arzt hat mir gesagt, dass mein Blut zu dickflüssig ist (Hyperviskosität)</translation>
        </message>
        <message>
            <source>Heart or circulation risks: high blood pressure, high cholesterol, smoking, heart disease (cardiovascular risk factors)</source>
            <translation>Risiken für Herz oder Kreislauf: Bluthochdruck, hohes Cholesterin, Rauchen, Herzkrankheit (kardiovaskuläre Risikofaktoren)</translation>
        </message>
        <message>
            <source>My kidneys do not work fully (kidney disease, renal insufficiency)</source>
            <translation>Meine Nieren arbeiten nicht voll (Nierenerkrankung, Niereninsuffizienz)</translation>
        </message>
        <message>
            <source>I have diabetes</source>
            <translation>Ich habe Diabetes</translation>
        </message>
        <message>
            <source>I am low on fluids: vomiting, diarrhoea, not drinking enough (volume depletion)</source>
            <translation>Mir fehlt Flüssigkeit: Erbrechen, Durchfall, zu wenig getrunken (Volumenmangel)</translation>
        </message>
        <message>
            <source>I have a serious infection of the blood (sepsis)</source>
            <translation>Ich habe eine schwere Infektion im Blut (Blutvergiftung, Sepsis)</translation>
        </message>
        <message>
            <source>A doctor found an abnormal protein in my blood, e.g. myeloma (paraproteinaemia)</source>
            <translation>Eine Ärztin oder ein Arzt hat ein auffälliges Eiweiß in meinem Blut gefunden, z. B. bei Myelom (Paraproteinämie)</translation>
        </message>
        <message>
            <source>I take medicines that can harm the kidneys, e.g. regular anti-inflammatory painkillers (nephrotoxic drugs)</source>
            <translation>Ich nehme Medikamente, die den Nieren schaden können, z. B. regelmäßig entzündungshemmende Schmerzmittel (nierenschädigende Medikamente)</translation>
        </message>
        <message>
            <source>another thrombosis risk my doctor told me about</source>
            <translation>ein anderes Thromboserisiko, von dem mir meine Ärztin oder mein Arzt erzählt hat</translation>
        </message>
        <message>
            <source>another kidney risk my doctor told me about</source>
            <translation>ein anderes Risiko für die Nieren, von dem mir meine Ärztin oder mein Arzt erzählt hat</translation>
        </message>
        <message>
            <source>other thrombosis risk (doctor)</source>
            <translation>anderes Thromboserisiko (ärztlich)</translation>
        </message>
        <message>
            <source>other kidney risk (doctor)</source>
            <translation>anderes Nierenrisiko (ärztlich)</translation>
        </message>
        <message>
            <source>headache</source>
            <translation>Kopfschmerzen</translation>
        </message>
        <message>
            <source>fever</source>
            <translation>Fieber</translation>
        </message>
        <message>
            <source>chills</source>
            <translation>Schüttelfrost</translation>
        </message>
        <message>
            <source>nausea</source>
            <translation>Übelkeit</translation>
        </message>
        <message>
            <source>vomiting</source>
            <translation>Erbrechen</translation>
        </message>
        <message>
            <source>fatigue</source>
            <translation>Erschöpfung</translation>
        </message>
        <message>
            <source>muscle pain</source>
            <translation>Muskelschmerzen</translation>
        </message>
        <message>
            <source>rash</source>
            <translation>Hautausschlag</translation>
        </message>
        <message>
            <source>high blood pressure</source>
            <translation>hoher Blutdruck</translation>
        </message>
        <message>
            <source>fast heart rate</source>
            <translation>schneller Herzschlag</translation>
        </message>
        <message>
            <source>infusion-site reaction</source>
            <translation>Reaktion an der Infusionsstelle</translation>
        </message>
        <message>
            <source>chest pain</source>
            <translation>Brustschmerzen</translation>
        </message>
        <message>
            <source>pain on deep breathing</source>
            <translation>Schmerzen beim tiefen Einatmen</translation>
        </message>
        <message>
            <source>sudden shortness of breath</source>
            <translation>plötzliche Atemnot</translation>
        </message>
        <message>
            <source>swollen painful arm or leg</source>
            <translation>geschwollener, schmerzender Arm oder geschwollenes, schmerzendes Bein</translation>
        </message>
        <message>
            <source>one-sided weakness or numbness</source>
            <translation>Schwäche oder Taubheit auf einer Körperseite</translation>
        </message>
        <message>
            <source>trouble speaking</source>
            <translation>Sprachstörungen</translation>
        </message>
        <message>
            <source>sudden severe headache</source>
            <translation>plötzliche starke Kopfschmerzen</translation>
        </message>
        <message>
            <source>vision loss</source>
            <translation>Sehverlust</translation>
        </message>
        <message>
            <source>face drooping</source>
            <translation>hängender Mundwinkel</translation>
        </message>
        <message>
            <source>sudden confusion</source>
            <translation>plötzliche Verwirrtheit</translation>
        </message>
        <message>
            <source>new or worse breathlessness</source>
            <translation>neue oder stärkere Atemnot</translation>
        </message>
        <message>
            <source>trouble breathing within 6 hours of an infusion</source>
            <translation>Atemnot innerhalb von 6 Stunden nach einer Infusion</translation>
        </message>
        <message>
            <source>blue lips</source>
            <translation>blaue Lippen</translation>
        </message>
        <message>
            <source>severe headache</source>
            <translation>starke Kopfschmerzen</translation>
        </message>
        <message>
            <source>stiff neck</source>
            <translation>steifer Nacken</translation>
        </message>
        <message>
            <source>light sensitivity</source>
            <translation>Lichtempfindlichkeit</translation>
        </message>
        <message>
            <source>dark urine</source>
            <translation>dunkler Urin</translation>
        </message>
        <message>
            <source>yellow skin or eyes</source>
            <translation>gelbe Haut oder gelbe Augen</translation>
        </message>
        <message>
            <source>much less urine</source>
            <translation>viel weniger Urin</translation>
        </message>
        <message>
            <source>sudden swelling or weight gain</source>
            <translation>plötzliche Schwellungen oder Gewichtszunahme</translation>
        </message>
        <message>
            <source>throat or mouth swelling</source>
            <translation>Schwellung im Hals oder Mund</translation>
        </message>
        <message>
            <source>wheeze</source>
            <translation>pfeifende Atmung</translation>
        </message>
        <message>
            <source>fainting</source>
            <translation>Ohnmacht</translation>
        </message>
        <message>
            <source>fever of 38 °C or more</source>
            <translation>Fieber von 38 °C oder mehr</translation>
        </message>
        <message>
            <source>mouth ulcers</source>
            <translation>wunde Stellen im Mund (Aphthen)</translation>
        </message>
        <message>
            <source>unusual bruising or bleeding</source>
            <translation>ungewöhnliche blaue Flecken oder Blutungen</translation>
        </message>
        <message>
            <source>sore throat with fever</source>
            <translation>Halsschmerzen mit Fieber</translation>
        </message>
        <message>
            <source>choking on food</source>
            <translation>Verschlucken beim Essen</translation>
        </message>
        <message>
            <source>new cough</source>
            <translation>neuer Husten</translation>
        </message>
        <message>
            <source>skin ulcer</source>
            <translation>offenes Geschwür an der Haut</translation>
        </message>
        <message>
            <source>rapidly worsening weakness</source>
            <translation>schnell zunehmende Schwäche</translation>
        </message>
        <message>
            <source>breathlessness</source>
            <translation>Atemnot</translation>
        </message>
        <message>
            <source>shortness of breath</source>
            <translation>Kurzatmigkeit</translation>
        </message>
        <message>
            <source>fever above 38 °C</source>
            <translation>Fieber über 38 °C</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation>Abgeklungen</translation>
        </message>
        <message>
            <source>Recovering</source>
            <translation>Klingt ab</translation>
        </message>
        <message>
            <source>Not recovered</source>
            <translation>Nicht abgeklungen</translation>
        </message>
        <message>
            <source>Recovered with lasting effects</source>
            <translation>Abgeklungen mit bleibenden Folgen</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Took a painkiller</source>
            <translation>Schmerzmittel genommen</translation>
        </message>
        <message>
            <source>Infusion slowed</source>
            <translation>Infusion verlangsamt</translation>
        </message>
        <message>
            <source>Infusion stopped</source>
            <translation>Infusion gestoppt</translation>
        </message>
        <message>
            <source>Saw a doctor</source>
            <translation>Beim Arzt gewesen</translation>
        </message>
        <message>
            <source>Went to hospital</source>
            <translation>Ins Krankenhaus gegangen</translation>
        </message>
        <message>
            <source>Physician global activity</source>
            <extracomment>The six core set measures, in display order.</extracomment>
            <translation>Ärztliche Gesamtbeurteilung der Aktivität</translation>
        </message>
        <message>
            <source>Patient global activity</source>
            <translation>Eigene Gesamtbeurteilung der Aktivität</translation>
        </message>
        <message>
            <source>Manual muscle testing (MMT-8)</source>
            <translation>Manueller Muskeltest (MMT-8)</translation>
        </message>
        <message>
            <source>Physical function (HAQ-DI)</source>
            <translation>Körperliche Funktion (HAQ-DI)</translation>
        </message>
        <message>
            <source>Muscle enzyme (most abnormal)</source>
            <translation>Muskelenzym (am stärksten erhöht)</translation>
        </message>
        <message>
            <source>Extramuscular global activity</source>
            <translation>Extramuskuläre Gesamtaktivität</translation>
        </message>
        <message>
            <source>0–80 (unilateral)</source>
            <extracomment>MMT-8 totals: 80 = unilateral (8 muscles on one side), 150 = bilateral (neck once + 7 × 2).</extracomment>
            <translation>0–80 (einseitig)</translation>
        </message>
        <message>
            <source>0–150 (bilateral)</source>
            <translation>0–150 (beidseitig)</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Weiblich</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Männlich</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <source>Metric (kg, cm)</source>
            <translation>Metrisch (kg, cm)</translation>
        </message>
        <message>
            <source>Imperial (lb, in)</source>
            <translation>Angloamerikanisch (lb, in)</translation>
        </message>
        <message>
            <source>How active my disease feels</source>
            <translation>Wie aktiv sich meine Krankheit anfühlt</translation>
        </message>
        <message>
            <source>Fatigue</source>
            <translation>Erschöpfung</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerzen</translation>
        </message>
        <message>
            <source>Worst itch</source>
            <translation>Stärkster Juckreiz</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>Keine Schwierigkeiten</translation>
        </message>
        <message>
            <source>Some difficulty</source>
            <translation>Einige Schwierigkeiten</translation>
        </message>
        <message>
            <source>Much difficulty</source>
            <translation>Große Schwierigkeiten</translation>
        </message>
        <message>
            <source>Unable</source>
            <translation>Nicht möglich</translation>
        </message>
        <message>
            <source>On hurrying or stairs</source>
            <translation>Bei Eile oder auf Treppen</translation>
        </message>
        <message>
            <source>On walking on the flat</source>
            <translation>Beim Gehen in der Ebene</translation>
        </message>
        <message>
            <source>At rest</source>
            <translation>In Ruhe</translation>
        </message>
        <message>
            <source>Climbing stairs</source>
            <translation>Treppensteigen</translation>
        </message>
        <message>
            <source>Rising from a chair</source>
            <translation>Aufstehen von einem Stuhl</translation>
        </message>
        <message>
            <source>Lifting arms above the head</source>
            <translation>Arme über den Kopf heben</translation>
        </message>
        <message>
            <source>Raising the head from the pillow</source>
            <translation>Kopf vom Kissen heben</translation>
        </message>
        <message>
            <source>Swallowing</source>
            <translation>Schlucken</translation>
        </message>
        <message>
            <source>Voice (hoarse or weak)</source>
            <translation>Stimme (heiser oder schwach)</translation>
        </message>
        <message>
            <source>Breathlessness</source>
            <translation>Atemnot</translation>
        </message>
        <message>
            <source>30-second chair stand</source>
            <translation>Aufstehtest (30 Sekunden)</translation>
        </message>
        <message>
            <source>Sit in an armless chair, arms crossed on your chest.
Stand up fully and sit down as many times as you can in 30 seconds.</source>
            <translation>Setzen Sie sich auf einen Stuhl ohne Armlehnen, die Arme vor der Brust gekreuzt.
Stehen Sie in 30 Sekunden so oft wie möglich ganz auf und setzen Sie sich wieder.</translation>
        </message>
        <message>
            <source>Arm lifts with 1 kg</source>
            <translation>Armheben mit 1 kg</translation>
        </message>
        <message>
            <source>Sit upright holding a 1 kg weight at your side.
Lift the arm straight forward to shoulder height and down, as often as you can in 30 s.</source>
            <translation>Sitzen Sie aufrecht und halten Sie ein Gewicht von 1 kg seitlich in der Hand.
Heben Sie den gestreckten Arm nach vorn bis auf Schulterhöhe und wieder ab, so oft Sie können, 30 s lang.</translation>
        </message>
        <message>
            <source>Timed Up and Go</source>
            <translation>Timed Up and Go (Aufstehen und Gehen)</translation>
        </message>
        <message>
            <source>Sit in a chair. On 'go', stand, walk 3 metres at your usual pace,
turn, walk back and sit down. Stop the clock when you are seated.</source>
            <translation>Setzen Sie sich auf einen Stuhl. Bei „Los“ stehen Sie auf, gehen 3 Meter in Ihrem üblichen Tempo,
drehen um, gehen zurück und setzen sich. Halten Sie die Uhr an, sobald Sie sitzen.</translation>
        </message>
        <message>
            <source>6-minute walk</source>
            <translation>6-Minuten-Gehtest</translation>
        </message>
        <message>
            <source>Walk back and forth along a measured course for 6 minutes, as far as you can.
Rest if you need to. Use the same course every time.</source>
            <translation>Gehen Sie 6 Minuten lang auf einer abgemessenen Strecke hin und her, so weit Sie können.
Ruhen Sie sich aus, wenn nötig. Nehmen Sie jedes Mal dieselbe Strecke.</translation>
        </message>
        <message>
            <source>FI-3 neck flexion</source>
            <translation>FI-3 Nackenbeugung</translation>
        </message>
        <message>
            <source>Lie on your back. Lift your head off the bed, chin to chest, at 40 beats a minute.
Count the lifts until you cannot keep the pace (at most 30).</source>
            <translation>Legen Sie sich auf den Rücken. Heben Sie den Kopf vom Bett, Kinn zur Brust, im Takt von 40 Schlägen pro Minute.
Zählen Sie, wie oft, bis Sie den Takt nicht mehr halten können (höchstens 30).</translation>
        </message>
        <message>
            <source>FI-3 hip flexion</source>
            <translation>FI-3 Hüftbeugung</translation>
        </message>
        <message>
            <source>Lie on your back. Bend one hip and knee towards you and back, at 40 beats a minute.
Count the lifts on this side until you cannot keep the pace (at most 60).</source>
            <translation>Legen Sie sich auf den Rücken. Beugen Sie eine Hüfte und das Knie zu sich heran und zurück, im Takt von 40 Schlägen pro Minute.
Zählen Sie auf dieser Seite, wie oft, bis Sie den Takt nicht mehr halten können (höchstens 60).</translation>
        </message>
        <message>
            <source>FI-3 shoulder flexion</source>
            <translation>FI-3 Schulterbeugung</translation>
        </message>
        <message>
            <source>Sit with a 1 kg cuff on the wrist. Lift the straight arm forward to 90° and down
at 40 beats a minute. Count the lifts until you cannot keep the pace (at most 60).</source>
            <translation>Setzen Sie sich mit einer 1-kg-Manschette am Handgelenk hin. Heben Sie den gestreckten Arm nach vorn auf 90° und wieder ab,
im Takt von 40 Schlägen pro Minute. Zählen Sie, wie oft, bis Sie den Takt nicht mehr halten können (höchstens 60).</translation>
        </message>
        <message>
            <source>Grip strength</source>
            <translation>Griffkraft</translation>
        </message>
        <message>
            <source>Sit with the elbow bent at 90°. Squeeze the dynamometer as hard as you can
for 3 seconds. Record the best of three tries.</source>
            <translation>Setzen Sie sich mit um 90° gebeugtem Ellbogen hin. Drücken Sie das Dynamometer so fest Sie können,
3 Sekunden lang. Tragen Sie den besten von drei Versuchen ein.</translation>
        </message>
        <message>
            <source>Custom test</source>
            <translation>Eigener Test</translation>
        </message>
        <message>
            <source>Your own test: name it and give its unit.</source>
            <translation>Ihr eigener Test: Geben Sie ihm einen Namen und eine Einheit.</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beide</translation>
        </message>
        <message>
            <source>Not sided</source>
            <translation>Ohne Seite</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Zu Hause</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Klinik</translation>
        </message>
        <message>
            <source>Eyelids (heliotrope)</source>
            <translation>Augenlider (Heliotrop-Erythem)</translation>
        </message>
        <message>
            <source>Cheeks (malar)</source>
            <translation>Wangen (Schmetterlingsform)</translation>
        </message>
        <message>
            <source>Rest of face</source>
            <translation>Übriges Gesicht</translation>
        </message>
        <message>
            <source>Scalp and hair loss</source>
            <translation>Kopfhaut und Haarausfall</translation>
        </message>
        <message>
            <source>V of neck and chest</source>
            <translation>V-Ausschnitt an Hals und Brust</translation>
        </message>
        <message>
            <source>Upper back and shoulders (shawl)</source>
            <translation>Oberer Rücken und Schultern (Schal-Zeichen)</translation>
        </message>
        <message>
            <source>Outer thighs (holster)</source>
            <translation>Außenseite der Oberschenkel (Holster-Zeichen)</translation>
        </message>
        <message>
            <source>Knuckles (Gottron's papules)</source>
            <translation>Fingerknöchel (Gottron-Papeln)</translation>
        </message>
        <message>
            <source>Elbows, knees, ankles (Gottron's sign)</source>
            <translation>Ellbogen, Knie, Knöchel (Gottron-Zeichen)</translation>
        </message>
        <message>
            <source>Nail folds</source>
            <translation>Nagelfalz</translation>
        </message>
        <message>
            <source>Sides of fingers (mechanic's hands)</source>
            <translation>Seiten der Finger (Mechanikerhände)</translation>
        </message>
        <message>
            <source>Calcinosis</source>
            <translation>Kalzinose (Kalkablagerungen)</translation>
        </message>
        <message>
            <source>Other site</source>
            <translation>Andere Stelle</translation>
        </message>
        <message>
            <source>Pink, faint</source>
            <translation>Rosa, schwach</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Dark red or violet</source>
            <translation>Dunkelrot oder violett</translation>
        </message>
        <message>
            <source>Some scale</source>
            <translation>Etwas Schuppung</translation>
        </message>
        <message>
            <source>Thick scale or crust</source>
            <translation>Dicke Schuppen oder Kruste</translation>
        </message>
        <message>
            <source>Infusion centre</source>
            <translation>Infusionszentrum</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Krankenhaus</translation>
        </message>
        <message>
            <source>Home (nurse visit)</source>
            <translation>Zu Hause (Besuch durch Pflegekraft)</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>During</source>
            <translation>Währenddessen</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Danach</translation>
        </message>
        <message>
            <source>Induction (2 g/kg)</source>
            <translation>Einleitung (2 g/kg)</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Erhaltung</translation>
        </message>
        <message>
            <source>Creatine kinase (CK)</source>
            <translation>Kreatinkinase (CK)</translation>
        </message>
        <message>
            <source>Aldolase</source>
            <translation>Aldolase</translation>
        </message>
        <message>
            <source>Lactate dehydrogenase (LDH)</source>
            <translation>Laktatdehydrogenase (LDH)</translation>
        </message>
        <message>
            <source>Neck flexors</source>
            <translation>Nackenbeuger</translation>
        </message>
        <message>
            <source>Deltoid (middle)</source>
            <translation>Deltamuskel (mittlerer Teil)</translation>
        </message>
        <message>
            <source>Biceps</source>
            <translation>Bizeps</translation>
        </message>
        <message>
            <source>Wrist extensors</source>
            <translation>Handgelenkstrecker</translation>
        </message>
        <message>
            <source>Gluteus maximus</source>
            <translation>Großer Gesäßmuskel</translation>
        </message>
        <message>
            <source>Gluteus medius</source>
            <translation>Mittlerer Gesäßmuskel</translation>
        </message>
        <message>
            <source>Quadriceps</source>
            <translation>Quadrizeps</translation>
        </message>
        <message>
            <source>Ankle dorsiflexors</source>
            <translation>Fußheber</translation>
        </message>
        <message>
            <source>HAQ-DI (Health Assessment Questionnaire)</source>
            <translation>HAQ-DI (Health Assessment Questionnaire, Fragebogen zur Alltagsfunktion)</translation>
        </message>
        <message>
            <source>CHAQ (Childhood Health Assessment Questionnaire)</source>
            <translation>CHAQ (Fragebogen zur Alltagsfunktion bei Kindern)</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <source>The patient</source>
            <translation>Die Patientin / der Patient</translation>
        </message>
        <message>
            <source>The child</source>
            <translation>Das Kind</translation>
        </message>
        <message>
            <source>A parent</source>
            <translation>Ein Elternteil</translation>
        </message>
        <message>
            <source>Spreadsheet: CSV files in a zip</source>
            <translation>Tabelle: CSV-Dateien in einem ZIP-Archiv</translation>
        </message>
        <message>
            <source>Complete backup: JSON (can be imported again)</source>
            <translation>Vollständige Sicherungskopie: JSON (kann wieder importiert werden)</translation>
        </message>
        <message>
            <source>For health records: FHIR R4 bundle (JSON)</source>
            <translation>Für Gesundheitsakten: FHIR-R4-Bundle (JSON)</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>My diary</source>
            <translation>Mein Tagebuch</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to {app}</source>
            <translation>Willkommen bei {app}</translation>
        </message>
        <message>
            <source>A private diary for dermatomyositis: how you feel each day, self-tests, rash, infusions and their side effects, medicines, clinic results, and reports for your care team. Everything stays on this computer, in {folder}.</source>
            <translation>Ein privates Tagebuch bei Dermatomyositis: wie es Ihnen jeden Tag geht, Selbsttests, Hautausschlag, Infusionen und ihre Nebenwirkungen, Medikamente, Ergebnisse von Arztterminen und Berichte für Ihr Behandlungsteam. Alles bleibt auf diesem Computer, in {folder}.</translation>
        </message>
        <message>
            <source>An empty diary of your own. Your first day takes under a minute to log.</source>
            <translation>Ein leeres eigenes Tagebuch. Ihren ersten Tag einzutragen dauert keine Minute.</translation>
        </message>
        <message>
            <source>A year of made-up data to look around first. Your own diary is not touched; File ▸ Start my own diary leaves the demo when you are ready.</source>
            <translation>Ein Jahr erfundener Daten, um sich erst einmal umzusehen. Ihr eigenes Tagebuch wird nicht berührt; Datei ▸ Eigenes Tagebuch beginnen verlässt die Demo, wenn Sie so weit sind.</translation>
        </message>
        <message>
            <source>Start &amp;my own diary</source>
            <translation>&amp;Mein eigenes Tagebuch beginnen</translation>
        </message>
        <message>
            <source>&amp;Explore the demo</source>
            <translation>&amp;Demo ansehen</translation>
        </message>
        <message>
            <source>Esc closes dmtracker without writing anything.</source>
            <translation>Esc schließt dmtracker, ohne etwas zu speichern.</translation>
        </message>
        <message>
            <source>Start your own diary?</source>
            <translation>Ihr eigenes Tagebuch beginnen?</translation>
        </message>
        <message>
            <source>Your own diary opens in {folder}. The demo's made-up data stays apart, in {demo}; File ▸ Explore the demo comes back to it.</source>
            <translation>Ihr eigenes Tagebuch wird in {folder} geöffnet. Die erfundenen Daten der Demo bleiben getrennt, in {demo}; Datei ▸ Demo ansehen kehrt zu ihr zurück.</translation>
        </message>
        <message>
            <source>&amp;Stay in the demo</source>
            <translation>In der Demo &amp;bleiben</translation>
        </message>
        <message>
            <source>Preparing the demo</source>
            <translation>Die Demo wird vorbereitet</translation>
        </message>
        <message>
            <source>Writing a year of made-up data into the demo diary…</source>
            <translation>Ein Jahr erfundener Daten wird in das Demo-Tagebuch geschrieben…</translation>
        </message>
    </context>
</TS>
