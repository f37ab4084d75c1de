<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AppSession</name>
        <message>
            <source>dmtracker cannot open your data</source>
            <extracomment>Errors of the storage layer that mean "this diary cannot be opened" (a newer schema, a failed migration): said in a message box, not a crash. The user's own data folder (the demo profile lives in its ``demo`` subfolder). The diaries (profiles) under the base folder.</extracomment>
            <translation>dmtracker no puede abrir sus datos</translation>
        </message>
        <message>
            <source>Diary removed</source>
            <extracomment>called with the new folder after File ▸ Switch diary (app.py: the raise watcher)</extracomment>
            <translation>Diario eliminado</translation>
        </message>
        <message>
            <source>The diary {name} was removed. A copy of it is kept in {file}.</source>
            <translation>Se eliminó el diario {name}. Se guarda una copia en {file}.</translation>
        </message>
        <message>
            <source>A child's diary?</source>
            <translation>¿Un diario infantil?</translation>
        </message>
        <message>
            <source>The birth year {year} says this diary is for someone under 18. Mark it as a child's diary (juvenile dermatomyositis)? It then uses the JDM measures and thresholds.</source>
            <translation>Según el año de nacimiento {year}, este diario es de una persona menor de 18 años. ¿Marcarlo como diario infantil (dermatomiositis juvenil)? Entonces usa las medidas y los umbrales de la DMJ.</translation>
        </message>
        <message>
            <source>Diary open already</source>
            <translation>Diario ya abierto</translation>
        </message>
        <message>
            <source>The diary {name} is open in another dmtracker window; that window was brought forward.</source>
            <translation>El diario {name} está abierto en otra ventana de dmtracker; esa ventana se ha traído al frente.</translation>
        </message>
    </context>
    <context>
        <name>BackupCopies</name>
        <message>
            <source>the folder {folder} is not there (is the drive connected?)</source>
            <translation>la carpeta {folder} no está (¿está conectada la unidad?)</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} no es una carpeta</translation>
        </message>
        <message>
            <source>the folder {folder} cannot be written</source>
            <translation>no se puede escribir en la carpeta {folder}</translation>
        </message>
        <message>
            <source>copying to {folder} failed: {reason}</source>
            <translation>no se pudo copiar a {folder}: {reason}</translation>
        </message>
        <message>
            <source>must be a full path, like /media/usb/backups</source>
            <extracomment>the last failure's reason as a translatable text (the stored one is English)</extracomment>
            <translation>debe ser una ruta completa, como /media/usb/backups</translation>
        </message>
        <message>
            <source>the folder {folder} is not there</source>
            <translation>la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>must be outside the diary's own folder {folder} (a copy there is lost with it)</source>
            <translation>debe estar fuera de la carpeta del diario {folder} (una copia allí se perdería con ella)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>{file} is a folder, not a backup file</source>
            <translation>{file} es una carpeta, no una copia de seguridad</translation>
        </message>
        <message>
            <source>{file} does not exist</source>
            <translation>{file} no existe</translation>
        </message>
        <message>
            <source>{name} is a JSON export: bring it in with 'import' (into an empty diary)</source>
            <translation>{name} es una exportación JSON: impórtela con «import» (en un diario vacío)</translation>
        </message>
        <message>
            <source>{name} is encrypted (or damaged) and does not open with this diary's passphrase: restore it into the diary it came from, or unlock that diary first</source>
            <translation>{name} está cifrada (o dañada) y no se abre con la frase de contraseña de este diario: restáurela en el diario del que procede o desbloquee antes ese diario</translation>
        </message>
        <message>
            <source>{name} is damaged ({problem})</source>
            <translation>{name} está dañada ({problem})</translation>
        </message>
        <message>
            <source>{name} is empty, not a dmtracker database</source>
            <translation>{name} está vacía, no es una base de datos de dmtracker</translation>
        </message>
        <message>
            <source>{name} was made by a newer dmtracker (schema {revision}); install the newer version to restore it</source>
            <translation>{name} se hizo con un dmtracker más nuevo (esquema {revision}); instale la versión más nueva para restaurarla</translation>
        </message>
        <message>
            <source>{table} {key} {id} cannot be read ({error})</source>
            <translation>{table} {key} {id} no se puede leer ({error})</translation>
        </message>
        <message>
            <source>the database file is missing</source>
            <translation>falta el archivo de la base de datos</translation>
        </message>
        <message>
            <source>the database file is empty (0 bytes)</source>
            <translation>el archivo de la base de datos está vacío (0 bytes)</translation>
        </message>
    </context>
    <context>
        <name>BackupsCard</name>
        <message>
            <source>Automatic (daily)</source>
            <translation>Automática (diaria)</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Hecha por usted</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Antes de una actualización</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>dmtracker copies your database once a day and keeps the last 14 copies. Copies never leave this computer unless you move them.</source>
            <translation>dmtracker copia su base de datos una vez al día y guarda las últimas 14 copias. Las copias nunca salen de este ordenador, salvo que usted las mueva.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer una &amp;copia ahora</translation>
        </message>
        <message>
            <source>Back up to a fi&amp;le…</source>
            <translation>Copia de &amp;seguridad en un archivo…</translation>
        </message>
        <message>
            <source>&amp;Check the database</source>
            <translation>Comp&amp;robar la base de datos</translation>
        </message>
        <message>
            <source>Taken</source>
            <comment>when a backup was made</comment>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>of backup</comment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Re&amp;store the selected backup…</source>
            <translation>Resta&amp;urar la copia seleccionada…</translation>
        </message>
        <message>
            <source>Go back to the chosen copy. The diary as it is now is kept as a backup first.</source>
            <translation>Volver a la copia elegida. Antes se guarda el diario tal como está ahora en una copia de seguridad.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Copia de seguridad hecha</translation>
        </message>
        <message>
            <source>A copy of your data was saved to
{path}</source>
            <translation>Se guardó una copia de sus datos en
{path}</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <source>Making a backup of your diary…</source>
            <translation>Haciendo una copia de seguridad de su diario…</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translation>No se hizo la copia de seguridad</translation>
        </message>
        <message>
            <source>Back up to a file</source>
            <translation>Copia de seguridad en un archivo</translation>
        </message>
        <message>
            <source>dmtracker backups (*.sqlite3)</source>
            <translation>Copias de seguridad de dmtracker (*.sqlite3)</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>No se pudo escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>Backup not written</source>
            <translation>No se escribió la copia de seguridad</translation>
        </message>
        <message>
            <source>Writing a backup to {file}…</source>
            <translation>Escribiendo una copia de seguridad en {file}…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Elija una copia de seguridad</translation>
        </message>
        <message>
            <source>Select a backup in the table first, then restore it.</source>
            <translation>Seleccione primero una copia de seguridad en la tabla y después restáurela.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia de seguridad?</translation>
        </message>
        <message>
            <source>Your diary will go back to the copy of {when} ({kind}).

Anything entered after that copy will no longer be in the diary. Before restoring, dmtracker keeps your diary as it is now in a new backup ("{before_restore}"), so you can come back to it.

Restore now?</source>
            <translation>Su diario volverá a la copia del {when} ({kind}).

Lo que haya anotado después de esa copia ya no estará en el diario. Antes de restaurar, dmtracker guarda su diario tal como está ahora en una copia de seguridad nueva («{before_restore}»), para que pueda volver a él.

¿Restaurar ahora?</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <source>Your diary is now the copy of {when}.

The diary as it was before is kept in
{path}</source>
            <translation>Su diario es ahora la copia del {when}.

El diario tal como estaba antes se guarda en
{path}</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>No se restauró</translation>
        </message>
        <message>
            <source>Your diary was not changed.</source>
            <translation>Su diario no se ha modificado.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restoring the copy of {when}…</source>
            <translation>Restaurando la copia del {when}…</translation>
        </message>
        <message>
            <source>Database check</source>
            <translation>Comprobación de la base de datos</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>Comprobando la base de datos…</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Problema en la base de datos</translation>
        </message>
        <message>
            <source>none yet</source>
            <comment>no backup yet</comment>
            <translation>ninguna todavía</translation>
        </message>
        <message>
            <source>Database checked</source>
            <translation>Base de datos comprobada</translation>
        </message>
        <message>
            <source>The database is sound.
Newest good backup: {when}</source>
            <translation>La base de datos está bien.
Copia de seguridad correcta más reciente: {when}</translation>
        </message>
        <message>
            <source>The database schema is not the one this app expects.</source>
            <translation>La estructura de la base de datos no es la que espera esta aplicación.</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>Segunda carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>Choose a folder on another disk, a USB drive or a synced folder (Syncthing, Nextcloud): each day's backup is copied there too, with your photos. An encrypted diary's copies stay encrypted.</source>
            <translation>Elija una carpeta en otro disco, una memoria USB o una carpeta sincronizada (Syncthing, Nextcloud): la copia de seguridad de cada día se copia también allí, con sus fotos. Las copias de un diario cifrado siguen cifradas.</translation>
        </message>
        <message>
            <source>Se&amp;nd copies to a folder…</source>
            <translation>&amp;Buscar una carpeta…</translation>
        </message>
        <message>
            <source>T&amp;urn off</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <source>&amp;Keep the last</source>
            <translation>&amp;Quedarse con las últimas</translation>
        </message>
        <message>
            <source> copies</source>
            <translation> copias</translation>
        </message>
        <message>
            <source>Copies kept in the folder</source>
            <translation>Copias que se conservan en la carpeta</translation>
        </message>
        <message>
            <source>Cop&amp;y now</source>
            <translation>Copiar a&amp;hora</translation>
        </message>
        <message>
            <source>&amp;Which backups to list:</source>
            <translation>&amp;Fuente de la lista:</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>este equipo</translation>
        </message>
        <message>
            <source>the second folder</source>
            <translation>la segunda carpeta</translation>
        </message>
        <message>
            <source>Second backup folder: {folder}</source>
            <translation>Segunda carpeta de copias de seguridad: {folder}</translation>
        </message>
        <message>
            <source>Second backup folder: none chosen (off)</source>
            <translation>Segunda carpeta de copias de seguridad: ninguna elegida (desactivada)</translation>
        </message>
        <message>
            <source>Last copy: {when} ✓</source>
            <translation>Última copia: {when} ✓</translation>
        </message>
        <message>
            <source>The last attempt failed: {reason}</source>
            <translation>El último intento falló: {reason}</translation>
        </message>
        <message>
            <source>⚠ Warning: no copy has been made yet</source>
            <translation>⚠ Atención: todavía no se ha hecho ninguna copia</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Warning: no copy for %n day(s)</source>
            <translation>
                <numerusform>⚠ Atención: ninguna copia desde hace %n día</numerusform>
                <numerusform>⚠ Atención: ninguna copia desde hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the second backup folder</source>
            <translation>Elegir la segunda carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>Folder not chosen</source>
            <translation>Carpeta no elegida</translation>
        </message>
        <message>
            <source>Copy made</source>
            <translation>Copia hecha</translation>
        </message>
        <message>
            <source>No copy made</source>
            <translation>No se hizo la copia</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <source>Copying the newest backup to the second folder…</source>
            <translation>Copiando la copia de seguridad más reciente a la segunda carpeta…</translation>
        </message>
    </context>
    <context>
        <name>BodySurface</name>
        <message>
            <source>must be a number from {low} to {high} {unit}</source>
            <translation>debe ser un número de {low} a {high} {unit}</translation>
        </message>
        <message>
            <source>{dose} mg/m² a week (body surface {bsa} m²): higher than the usual {usual}–{top} mg/m² for children. Check the dose with your clinic.</source>
            <translation>{dose} mg/m² a la semana (superficie corporal {bsa} m²): más que los {usual}–{top} mg/m² habituales en niños. Compruebe la dosis con su consulta.</translation>
        </message>
        <message>
            <source>{dose} mg/m² a week (body surface {bsa} m²; commonly {usual} mg/m² in JDM)</source>
            <translation>{dose} mg/m² a la semana (superficie corporal {bsa} m²; en la dermatomiositis juvenil suele ser {usual} mg/m²)</translation>
        </message>
    </context>
    <context>
        <name>CHAQ</name>
        <message>
            <source>item {item} does not exist (the CHAQ has items 1 to 30)</source>
            <translation>la pregunta {item} no existe (el CHAQ tiene las preguntas 1 a 30)</translation>
        </message>
        <message>
            <source>the answer must be 0 to 3 or not applicable, got {value}</source>
            <translation>la respuesta debe ser de 0 a 3 o «no procede», no {value}</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to {top} mm</source>
            <translation>debe ser un número entero de 0 a {top} mm</translation>
        </message>
        <message>
            <source>{name} is not a CHAQ category</source>
            <translation>{name} no es un área del CHAQ</translation>
        </message>
    </context>
    <context>
        <name>CMAS</name>
        <message>
            <source>Unable</source>
            <translation>No puede</translation>
        </message>
        <message>
            <source>1–9 seconds</source>
            <translation>1–9 segundos</translation>
        </message>
        <message>
            <source>10–29 seconds</source>
            <translation>10–29 segundos</translation>
        </message>
        <message>
            <source>30–59 seconds</source>
            <translation>30–59 segundos</translation>
        </message>
        <message>
            <source>60–119 seconds</source>
            <translation>60–119 segundos</translation>
        </message>
        <message>
            <source>2 minutes or more</source>
            <translation>2 minutos o más</translation>
        </message>
        <message>
            <source>60 seconds or more</source>
            <translation>60 segundos o más</translation>
        </message>
        <message>
            <source>Unable, even with help from a chair</source>
            <translation>No puede, ni con ayuda de una silla</translation>
        </message>
        <message>
            <source>Much difficulty; needs a chair or other support</source>
            <translation>Mucha dificultad; necesita una silla u otro apoyo</translation>
        </message>
        <message>
            <source>Moderate difficulty; uses hands or legs to push</source>
            <translation>Dificultad moderada; se apoya con las manos o las piernas</translation>
        </message>
        <message>
            <source>Some difficulty; slow or awkward, no help needed</source>
            <translation>Algo de dificultad; lento o torpe, sin ayuda</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>Sin dificultad</translation>
        </message>
        <message>
            <source>1. Head elevation (neck flexion, lying on the back)</source>
            <translation>1. Levantar la cabeza (boca arriba)</translation>
        </message>
        <message>
            <source>2. Leg raise / touch object</source>
            <translation>2. Levantar la pierna / tocar un objeto</translation>
        </message>
        <message>
            <source>Cannot lift the leg off the table</source>
            <translation>No puede levantar la pierna de la camilla</translation>
        </message>
        <message>
            <source>Lifts the leg clear of the table but cannot touch the object</source>
            <translation>Levanta la pierna de la camilla pero no toca el objeto</translation>
        </message>
        <message>
            <source>Lifts the leg high enough to touch the object</source>
            <translation>Levanta la pierna lo bastante para tocar el objeto</translation>
        </message>
        <message>
            <source>3. Straight leg lift (duration)</source>
            <translation>3. Mantener la pierna estirada (duración)</translation>
        </message>
        <message>
            <source>4. Turning from the back onto the tummy</source>
            <translation>4. Darse la vuelta de boca arriba a boca abajo</translation>
        </message>
        <message>
            <source>Unable; hardly turns onto the side</source>
            <translation>No puede; apenas se pone de lado</translation>
        </message>
        <message>
            <source>Turns onto the side but cannot free the arms fully</source>
            <translation>Se pone de lado pero no libera del todo los brazos</translation>
        </message>
        <message>
            <source>Turns over and frees the arms with some difficulty</source>
            <translation>Se da la vuelta y libera los brazos con algo de dificultad</translation>
        </message>
        <message>
            <source>Turns over easily, arms free without difficulty</source>
            <translation>Se da la vuelta con facilidad, brazos libres sin dificultad</translation>
        </message>
        <message>
            <source>5. Sit-ups (one point for each of the six kinds done)</source>
            <translation>5. Abdominales (un punto por cada uno de los seis tipos)</translation>
        </message>
        <message numerus="yes">
            <source>%n kind(s) of sit-up done</source>
            <translation>
                <numerusform>%n tipo conseguido</numerusform>
                <numerusform>%n tipos conseguidos</numerusform>
            </translation>
        </message>
        <message>
            <source>6. Lying on the back to sitting</source>
            <translation>6. De boca arriba a sentado</translation>
        </message>
        <message>
            <source>Unable by self</source>
            <translation>No puede solo</translation>
        </message>
        <message>
            <source>Much difficulty; very slow, barely makes it</source>
            <translation>Mucha dificultad; muy lento, apenas lo consigue</translation>
        </message>
        <message>
            <source>Some difficulty; somewhat slow</source>
            <translation>Algo de dificultad; algo lento</translation>
        </message>
        <message>
            <source>7. Arm raise / straighten</source>
            <translation>7. Levantar / estirar los brazos</translation>
        </message>
        <message>
            <source>Cannot raise the wrists</source>
            <translation>No puede levantar las muñecas</translation>
        </message>
        <message>
            <source>Raises the wrists to shoulder level, not above the head</source>
            <translation>Levanta las muñecas a la altura de los hombros, no por encima de la cabeza</translation>
        </message>
        <message>
            <source>Raises the wrists above the head, elbows not straight</source>
            <translation>Levanta las muñecas por encima de la cabeza, con los codos doblados</translation>
        </message>
        <message>
            <source>Raises the wrists above the head with straight elbows</source>
            <translation>Levanta las muñecas por encima de la cabeza con los codos estirados</translation>
        </message>
        <message>
            <source>8. Arm raise (duration, wrists above the head)</source>
            <translation>8. Mantener los brazos arriba (duración, muñecas sobre la cabeza)</translation>
        </message>
        <message>
            <source>9. Standing to sitting on the floor</source>
            <translation>9. De pie a sentado en el suelo</translation>
        </message>
        <message>
            <source>10. All-fours manoeuvre</source>
            <translation>10. A cuatro patas</translation>
        </message>
        <message>
            <source>Cannot get onto all fours</source>
            <translation>No puede ponerse a cuatro patas</translation>
        </message>
        <message>
            <source>Barely gets onto all fours and holds it</source>
            <translation>Apenas se pone a cuatro patas y se mantiene</translation>
        </message>
        <message>
            <source>Holds all fours, back straight and head up, cannot crawl</source>
            <translation>Se mantiene a cuatro patas con la espalda recta y la cabeza alta, no puede gatear</translation>
        </message>
        <message>
            <source>Crawls forward on all fours</source>
            <translation>Gatea hacia delante</translation>
        </message>
        <message>
            <source>Crawls and can lift a leg straight out behind</source>
            <translation>Gatea y puede estirar una pierna hacia atrás</translation>
        </message>
        <message>
            <source>11. Kneeling on the floor to standing</source>
            <translation>11. De rodillas en el suelo a de pie</translation>
        </message>
        <message>
            <source>12. Rising from a chair</source>
            <translation>12. Levantarse de una silla</translation>
        </message>
        <message>
            <source>13. Stepping onto a stool</source>
            <translation>13. Subir a un taburete</translation>
        </message>
        <message>
            <source>Much difficulty; needs to hold on</source>
            <translation>Mucha dificultad; necesita agarrarse</translation>
        </message>
        <message>
            <source>Some difficulty; steps up without holding on</source>
            <translation>Algo de dificultad; sube sin agarrarse</translation>
        </message>
        <message>
            <source>14. Picking an object up from the floor</source>
            <translation>14. Recoger un objeto del suelo</translation>
        </message>
        <message>
            <source>Much difficulty; needs to hold on or kneel</source>
            <translation>Mucha dificultad; necesita agarrarse o arrodillarse</translation>
        </message>
        <message>
            <source>seconds must be between 0 and {top}</source>
            <translation>los segundos deben estar entre 0 y {top}</translation>
        </message>
        <message>
            <source>is not a CMAS item</source>
            <translation>no es una prueba del CMAS</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>must be a whole number from 0 to {top}</source>
            <translation>debe ser un número entero de 0 a {top}</translation>
        </message>
        <message>
            <source>must be from 0 to {top} for this item</source>
            <translation>debe estar entre 0 y {top} en esta prueba</translation>
        </message>
    </context>
    <context>
        <name>ChaqDialog</name>
        <message>
            <source>No validated {language} translation of the CHAQ is included in dmtracker, so its questions are shown in the English original. Your clinic may give you its validated version.</source>
            <translation>dmtracker no incluye una traducción validada del CHAQ al {language}, por eso las preguntas se muestran en su versión original en inglés. Su centro médico puede darle la versión validada.</translation>
        </message>
        <message>
            <source>Wording: the published English CHAQ (Singh G, Athreya BH, Fries JF, Goldsmith DP, Arthritis Rheum 1994;37:1761–1769), included for non-commercial personal use. The validated translations (PRINTO) are not included.</source>
            <translation>Texto: el CHAQ publicado en inglés (Singh G, Athreya BH, Fries JF, Goldsmith DP, Arthritis Rheum 1994;37:1761–1769), incluido para uso personal no comercial. Las traducciones validadas (PRINTO) no están incluidas.</translation>
        </message>
        <message>
            <source>Edit CHAQ answers</source>
            <translation>Editar las respuestas del CHAQ</translation>
        </message>
        <message>
            <source>CHAQ questionnaire</source>
            <translation>Cuestionario CHAQ</translation>
        </message>
        <message>
            <source>&amp;Date answered</source>
            <translation>&amp;Fecha de las respuestas</translation>
        </message>
        <message>
            <source>Answered &amp;by</source>
            <translation>Respondido &amp;por</translation>
        </message>
        <message>
            <source>Tab moves to the next question; the arrow keys or 0–3 choose an answer, N chooses “Not applicable”; Delete clears it.</source>
            <translation>Tabulador pasa a la siguiente pregunta; las flechas o 0–3 eligen una respuesta, N elige «Not applicable» (no procede); Supr la borra.</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Aids or help needed</source>
            <translation>Necesita ayudas o ayuda</translation>
        </message>
        <message>
            <source>Uses aids or devices, or needs help from another person</source>
            <translation>Usa ayudas técnicas o aparatos, o necesita ayuda de otra persona</translation>
        </message>
        <message>
            <source>Aids or help for {category}</source>
            <translation>Ayudas o ayuda para {category}</translation>
        </message>
        <message>
            <source>&amp;Pain in the past week</source>
            <translation>&amp;Dolor en la última semana</translation>
        </message>
        <message>
            <source>Over&amp;all well-being in the past week</source>
            <translation>&amp;Bienestar general en la última semana</translation>
        </message>
        <message>
            <source>0 mm = no pain / very well, 100 mm = very severe</source>
            <translation>0 mm = sin dolor / muy bien, 100 mm = muy intenso</translation>
        </message>
        <message>
            <source>CHAQ score</source>
            <translation>Puntuación del CHAQ</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin responder</translation>
        </message>
        <message>
            <source> mm</source>
            <comment>unit after the number of millimetres</comment>
            <translation> mm</translation>
        </message>
        <message>
            <source>Item {number}, {question} {answer}</source>
            <translation>Pregunta {number}, {question} {answer}</translation>
        </message>
        <message>
            <source>CHAQ: not scored yet – it needs answers in at least {least} of the 8 categories ({answered} so far).</source>
            <translation>CHAQ: aún sin calcular – necesita respuestas en al menos {least} de las 8 categorías ({answered} hasta ahora).</translation>
        </message>
        <message>
            <source>CHAQ {score} of 3 (computed by the app; {answered} of 8 categories)</source>
            <translation>CHAQ {score} de 3 (calculado por la aplicación; {answered} de 8 categorías)</translation>
        </message>
        <message>
            <source>answer at least one question</source>
            <translation>responda al menos una pregunta</translation>
        </message>
    </context>
    <context>
        <name>ChartExport</name>
        <message>
            <source>dmtracker chart</source>
            <translation>Gráfico de dmtracker</translation>
        </message>
        <message>
            <source>Generated by dmtracker from patient-entered data</source>
            <translation>Creado por dmtracker con datos introducidos por el paciente</translation>
        </message>
        <message>
            <source>could not write {path}</source>
            <translation>no se pudo guardar {path}</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Exportar el gráfico</translation>
        </message>
        <message>
            <source>Width in pixels</source>
            <translation>Ancho en píxeles</translation>
        </message>
        <message>
            <source>Height in pixels</source>
            <translation>Alto en píxeles</translation>
        </message>
        <message>
            <source>&amp;Width:</source>
            <translation>&amp;Ancho:</translation>
        </message>
        <message>
            <source>&amp;Height:</source>
            <translation>A&amp;lto:</translation>
        </message>
        <message>
            <source>The image shows every plot of the timeline with its dates; it is made taller than this when they do not fit.</source>
            <translation>La imagen muestra cada gráfico de la cronología con sus fechas; si no caben, se hace más alta que esto.</translation>
        </message>
        <message>
            <source>dmtracker infusion cycles, {start} to {end}</source>
            <translation>dmtracker ciclos de infusión, del {start} al {end}</translation>
        </message>
        <message>
            <source>dmtracker timeline, {start} to {end}</source>
            <translation>dmtracker cronología, del {start} al {end}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--smoke-test needs --data-dir (it writes demo data there)</source>
            <translation>--smoke-test necesita --data-dir (escribe allí datos de demostración)</translation>
        </message>
        <message>
            <source>no permission to use {file}</source>
            <translation>sin permiso para usar {file}</translation>
        </message>
        <message>
            <source>dmtracker: error: {reason}</source>
            <translation>dmtracker: error: {reason}</translation>
        </message>
        <message>
            <source>this needs the passphrase: run it in a terminal, or set {variable}</source>
            <translation>esto necesita la frase de contraseña: ejecútelo en un terminal o defina {variable}</translation>
        </message>
        <message>
            <source>Again: </source>
            <translation>Otra vez: </translation>
        </message>
        <message>
            <source>Passphrase of the diary in {folder}: </source>
            <translation>Frase de contraseña del diario en {folder}: </translation>
        </message>
        <message>
            <source>no diary in {folder}</source>
            <translation>no hay ningún diario en {folder}</translation>
        </message>
        <message>
            <source>no database in {folder}</source>
            <translation>no hay ninguna base de datos en {folder}</translation>
        </message>
        <message>
            <source>the diary in {folder} is encrypted already</source>
            <translation>el diario en {folder} ya está cifrado</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Aviso: {warning}</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nueva frase de contraseña: </translation>
        </message>
        <message numerus="yes">
            <source>Encrypted {file}, %n backup(s) and the rash photos. Exports are not encrypted.</source>
            <translation>
                <numerusform>Se han cifrado {file}, %n copia de seguridad y las fotos de la erupción. Las exportaciones no se cifran.</numerusform>
                <numerusform>Se han cifrado {file}, %n copias de seguridad y las fotos de la erupción. Las exportaciones no se cifran.</numerusform>
            </translation>
        </message>
        <message>
            <source>the diary in {folder} is not encrypted</source>
            <translation>el diario en {folder} no está cifrado</translation>
        </message>
        <message numerus="yes">
            <source>{file}, %n backup(s) and the rash photos are stored unencrypted now.</source>
            <translation>
                <numerusform>{file}, %n copia de seguridad y las fotos de la erupción se guardan ahora sin cifrar.</numerusform>
                <numerusform>{file}, %n copias de seguridad y las fotos de la erupción se guardan ahora sin cifrar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {what} to {file} in {seconds} s ({size} MB)</source>
            <translation>Se ha escrito {what} en {file} en {seconds} s ({size} MB)</translation>
        </message>
        <message>
            <source>{file} already exists; choose a new file name</source>
            <translation>{file} ya existe; elija un nombre de archivo nuevo</translation>
        </message>
        <message>
            <source>--plain needs --out (backups in the data folder stay encrypted)</source>
            <translation>--plain necesita --out (las copias de seguridad de la carpeta de datos siguen cifradas)</translation>
        </message>
        <message>
            <source>Backup written: {file}</source>
            <translation>Copia de seguridad escrita: {file}</translation>
        </message>
        <message>
            <source>dmtracker: warning: no copy in the second backup folder: {reason}</source>
            <translation>dmtracker: aviso: ninguna copia en la segunda carpeta de copias de seguridad: {reason}</translation>
        </message>
        <message>
            <source>Copied to the second backup folder: {folder}</source>
            <translation>Copiado a la segunda carpeta de copias de seguridad: {folder}</translation>
        </message>
        <message>
            <source>Second backup folder: {folder}, no copy yet</source>
            <translation>Segunda carpeta de copias de seguridad: {folder}, todavía sin copia</translation>
        </message>
        <message>
            <source>Second backup folder: {folder}, last copy {day} {time}</source>
            <translation>Segunda carpeta de copias de seguridad: {folder}, última copia {day} {time}</translation>
        </message>
        <message numerus="yes">
            <source>WARNING: no copy for %n day(s)</source>
            <translation>
                <numerusform>AVISO: ninguna copia desde hace %n día</numerusform>
                <numerusform>AVISO: ninguna copia desde hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>last attempt: {reason}</source>
            <translation>último intento: {reason}</translation>
        </message>
        <message>
            <source>last attempt failed: {reason}</source>
            <translation>el último intento falló: {reason}</translation>
        </message>
        <message>
            <source>Database: {file} ({size} MB)</source>
            <translation>Base de datos: {file} ({size} MB)</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>schema revision</comment>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Schema: {revision} (this app: {head})</source>
            <translation>Esquema: {revision} (esta aplicación: {head})</translation>
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation>Integridad: FALLIDA</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integridad: correcta</translation>
        </message>
        <message>
            <source>Access: read-only (the disk is full: view and export only)</source>
            <translation>Acceso: solo lectura (el disco está lleno: solo ver y exportar)</translation>
        </message>
        <message>
            <source>Access: read-only (it cannot be written: view and export only)</source>
            <translation>Acceso: solo lectura (no se puede escribir: solo ver y exportar)</translation>
        </message>
        <message>
            <source>Encryption: {state}</source>
            <translation>Cifrado: {state}</translation>
        </message>
        <message>
            <source>Newest good backup: {file} ({day} {time} UTC, {kind})</source>
            <translation>Copia de seguridad correcta más reciente: {file} ({day} {time} UTC, {kind})</translation>
        </message>
        <message>
            <source>Newest good backup: none yet</source>
            <translation>Copia de seguridad correcta más reciente: ninguna todavía</translation>
        </message>
        <message>
            <source>Restored {backup}. The diary as it was is kept as {kept}.</source>
            <translation>Se ha restaurado {backup}. El diario tal como estaba se guarda como {kept}.</translation>
        </message>
        <message>
            <source>plain</source>
            <comment>encryption state: not encrypted</comment>
            <translation>sin cifrar</translation>
        </message>
        <message>
            <source>encrypted</source>
            <comment>encryption state</comment>
            <translation>cifrado</translation>
        </message>
        <message>
            <source>auto</source>
            <comment>kind of backup: made automatically each day</comment>
            <translation>automática</translation>
        </message>
        <message>
            <source>manual</source>
            <comment>kind of backup: made by the user</comment>
            <translation>manual</translation>
        </message>
        <message>
            <source>pre-upgrade</source>
            <comment>kind of backup: made before an upgrade</comment>
            <translation>antes de una actualización</translation>
        </message>
        <message>
            <source>pre-restore</source>
            <comment>kind of backup: the diary as it was before a restore</comment>
            <translation>antes de una restauración</translation>
        </message>
        <message>
            <source>this diary is encrypted, and an export is a file anyone can read; add --plain to write it anyway (or use 'backup --out', which stays encrypted)</source>
            <translation>este diario está cifrado y una exportación es un archivo que cualquiera puede leer; añada --plain para escribirla de todos modos (o use «backup --out», que sigue cifrado)</translation>
        </message>
        <message>
            <source>{file} must end in .pdf</source>
            <translation>{file} debe terminar en .pdf</translation>
        </message>
        <message>
            <source>this diary is encrypted, and a report is a file anyone can read; add --plain to write it anyway</source>
            <translation>este diario está cifrado y un informe es un archivo que cualquiera puede leer; añada --plain para escribirlo de todos modos</translation>
        </message>
        <message>
            <source>{file} does not exist or is not a file</source>
            <translation>{file} no existe o no es un archivo</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>the folder {folder} cannot be written (read-only): choose another place</source>
            <translation>no se puede escribir en la carpeta {folder} (solo lectura): elija otro lugar</translation>
        </message>
        <message>
            <source>{file} is in the way: {reason}</source>
            <translation>{file} estorba: {reason}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <comment>a refused value: its field, why</comment>
            <translation>{field}: {reason}</translation>
        </message>
        <message>
            <source>backup</source>
            <comment>field: a backup file</comment>
            <translation>copia de seguridad</translation>
        </message>
        <message>
            <source>diary</source>
            <comment>field: the diary</comment>
            <translation>diario</translation>
        </message>
        <message>
            <source>passphrase</source>
            <comment>field</comment>
            <translation>frase de contraseña</translation>
        </message>
        <message>
            <source>repeat</source>
            <comment>field: the passphrase typed again</comment>
            <translation>repetición</translation>
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
            <translation>periodo</translation>
        </message>
        <message>
            <source>disk</source>
            <comment>field: the disk</comment>
            <translation>disco</translation>
        </message>
        <message>
            <source>data folder</source>
            <comment>field</comment>
            <translation>carpeta de datos</translation>
        </message>
        <message>
            <source>name</source>
            <comment>field: a diary's (profile's) name</comment>
            <translation>nombre</translation>
        </message>
        <message>
            <source>profile</source>
            <comment>field: the --profile option (a diary's name)</comment>
            <translation>perfil</translation>
        </message>
        <message>
            <source>must be a whole number, got {text!r}</source>
            <translation>debe ser un número entero; se indicó {text!r}</translation>
        </message>
        <message>
            <source>must be from 1 to 30, got {n}</source>
            <translation>debe estar entre 1 y 30; se indicó {n}</translation>
        </message>
        <message>
            <source>must be a date YYYY-MM-DD, got {text!r}</source>
            <translation>debe ser una fecha AAAA-MM-DD; se indicó {text!r}</translation>
        </message>
        <message>
            <source>A private diary for dermatomyositis. With no command, opens the app.</source>
            <translation>Un diario privado para la dermatomiositis. Sin ninguna orden, abre la aplicación.</translation>
        </message>
        <message>
            <source>data folder (default: $DMTRACKER_HOME or the platform's user data folder)</source>
            <translation>carpeta de datos (por defecto: $DMTRACKER_HOME o la carpeta de datos de usuario del sistema)</translation>
        </message>
        <message>
            <source>the language of the app and of these messages: en (English), de (Deutsch), es (Español) or system (default: the system's language)</source>
            <translation>el idioma de la aplicación y de estos mensajes: en (English), de (Deutsch), es (Español) o system (por defecto: el idioma del sistema)</translation>
        </message>
        <message>
            <source>the diary (profile) to use, by name (default: the one used last); see 'dmtracker profile list'</source>
            <translation>el diario (perfil) que usar, por nombre (por defecto: el último usado); vea 'dmtracker profile list'</translation>
        </message>
        <message>
            <source>open the demo profile (made on first use) instead of your own data</source>
            <translation>abrir el perfil de demostración (se crea la primera vez) en lugar de sus propios datos</translation>
        </message>
        <message>
            <source>migrate, load demo data, open the window, exit 0 (non-zero on error)</source>
            <translation>migrar, cargar datos de demostración, abrir la ventana, salir con 0 (distinto de 0 si hay un error)</translation>
        </message>
        <message>
            <source>write a realistic demo history</source>
            <translation>escribir un historial de demostración realista</translation>
        </message>
        <message>
            <source>years of history (1–30, default 1)</source>
            <translation>años de historial (1–30, por defecto 1)</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>semilla aleatoria (por defecto 1)</translation>
        </message>
        <message>
            <source>last day of the history (default today)</source>
            <translation>último día del historial (por defecto hoy)</translation>
        </message>
        <message>
            <source>a child's history (juvenile dermatomyositis: CMAS, CHAQ, doses per m²)</source>
            <translation>el historial de un niño (dermatomiositis juvenil: CMAS, CHAQ, dosis por m²)</translation>
        </message>
        <message>
            <source>make a backup now</source>
            <translation>hacer ahora una copia de seguridad</translation>
        </message>
        <message>
            <source>write the backup to FILE instead</source>
            <translation>escribir la copia de seguridad en FILE</translation>
        </message>
        <message>
            <source>with --out: an unencrypted copy of an encrypted diary</source>
            <translation>con --out: una copia sin cifrar de un diario cifrado</translation>
        </message>
        <message>
            <source>check the database and show the newest backup</source>
            <translation>comprobar la base de datos y mostrar la copia de seguridad más reciente</translation>
        </message>
        <message>
            <source>replace the diary with a backup (the current one is kept)</source>
            <translation>sustituir el diario por una copia de seguridad (el actual se conserva)</translation>
        </message>
        <message>
            <source>a backup file (.sqlite3)</source>
            <translation>un archivo de copia de seguridad (.sqlite3)</translation>
        </message>
        <message>
            <source>encrypt the diary and its backups (a passphrase)</source>
            <translation>cifrar el diario y sus copias de seguridad (con una frase de contraseña)</translation>
        </message>
        <message>
            <source>store the diary and its backups unencrypted again</source>
            <translation>volver a guardar el diario y sus copias de seguridad sin cifrar</translation>
        </message>
        <message>
            <source>export everything: CSV, JSON backup, FHIR</source>
            <translation>exportarlo todo: CSV, copia de seguridad JSON, FHIR</translation>
        </message>
        <message>
            <source>csv: one file per record kind (a folder, or a zip if PATH ends in .zip); json: a complete backup that 'import' restores; fhir: a FHIR R4 bundle</source>
            <translation>csv: un archivo por tipo de registro (una carpeta, o un zip si PATH termina en .zip); json: una copia de seguridad completa que «import» restaura; fhir: un paquete FHIR R4</translation>
        </message>
        <message>
            <source>a new file or folder</source>
            <translation>un archivo o una carpeta nuevos</translation>
        </message>
        <message>
            <source>confirm a readable export of an encrypted diary</source>
            <translation>confirmar una exportación legible de un diario cifrado</translation>
        </message>
        <message>
            <source>import a JSON backup, a CSV of daily check-ins, or weight and steps from phones and scales</source>
            <translation>importar una copia de seguridad JSON, un CSV de registros diarios, o el peso y los pasos de móviles y básculas</translation>
        </message>
        <message>
            <source>a .json backup, a check-in .csv, an Apple Health export.zip (or export.xml), an openScale CSV export, or Google Fit's 'Daily activity metrics.csv' (Google Takeout); the format is recognised from the file</source>
            <translation>una copia de seguridad .json, un .csv de registros diarios, un export.zip de Apple Health (o export.xml), una exportación CSV de openScale o el «Daily activity metrics.csv» de Google Fit (Google Takeout); el formato se reconoce por el archivo</translation>
        </message>
        <message>
            <source>the language of the report (and of these messages): en, de, es or system (default: the system's language); dates and numbers are written that language's way</source>
            <translation>el idioma del informe (y de estos mensajes): en, de, es o system (por defecto: el idioma del sistema); las fechas y los números se escriben como es habitual en ese idioma</translation>
        </message>
        <message>
            <source>write the clinic report PDF for a period</source>
            <translation>escribir el informe para la consulta en PDF de un periodo</translation>
        </message>
        <message>
            <source>first day of the period</source>
            <translation>primer día del periodo</translation>
        </message>
        <message>
            <source>last day of the period (not in the future)</source>
            <translation>último día del periodo (no en el futuro)</translation>
        </message>
        <message>
            <source>a new PDF file</source>
            <translation>un archivo PDF nuevo</translation>
        </message>
        <message>
            <source>add the daily log (and no photos) at the end</source>
            <translation>añadir al final el registro diario (sin fotos)</translation>
        </message>
        <message>
            <source>default A4</source>
            <translation>por defecto A4</translation>
        </message>
        <message>
            <source>your questions for the visit (text)</source>
            <translation>sus preguntas para la consulta (texto)</translation>
        </message>
        <message>
            <source>confirm a readable report of an encrypted diary</source>
            <translation>confirmar un informe legible de un diario cifrado</translation>
        </message>
        <message>
            <source>list, create, rename or remove diaries (profiles)</source>
            <translation>listar, crear, renombrar o eliminar diarios (perfiles)</translation>
        </message>
        <message>
            <source>the diaries here (the one used last is marked)</source>
            <translation>los diarios de aquí (el último usado va marcado)</translation>
        </message>
        <message>
            <source>create a diary</source>
            <translation>crear un diario</translation>
        </message>
        <message>
            <source>its name (up to 40 characters)</source>
            <translation>su nombre (hasta 40 caracteres)</translation>
        </message>
        <message>
            <source>a child's diary (juvenile dermatomyositis, JDM)</source>
            <translation>un diario infantil (dermatomiositis juvenil, DMJ)</translation>
        </message>
        <message>
            <source>rename a diary</source>
            <translation>renombrar un diario</translation>
        </message>
        <message>
            <source>its name now</source>
            <translation>su nombre actual</translation>
        </message>
        <message>
            <source>its new name</source>
            <translation>su nombre nuevo</translation>
        </message>
        <message>
            <source>remove a diary (a copy of it is kept in removed-profiles/ first)</source>
            <translation>eliminar un diario (antes se guarda una copia en removed-profiles/)</translation>
        </message>
        <message>
            <source>the diary to remove</source>
            <translation>el diario que eliminar</translation>
        </message>
        <message>
            <source>its name once more, to confirm without a terminal</source>
            <translation>su nombre otra vez, para confirmar sin terminal</translation>
        </message>
        <message>
            <source>juvenile</source>
            <comment>a diary's kind: a child's (JDM)</comment>
            <translation>infantil (DMJ)</translation>
        </message>
        <message>
            <source>adult</source>
            <comment>a diary's kind</comment>
            <translation>adulto</translation>
        </message>
        <message>
            <source>No diary in {folder} yet.</source>
            <translation>Aún no hay ningún diario en {folder}.</translation>
        </message>
        <message>
            <source>* the diary used last (opened without --profile)</source>
            <translation>* el último diario usado (se abre sin --profile)</translation>
        </message>
        <message>
            <source>Created the diary {name} ({kind}) in {folder}.</source>
            <translation>Diario {name} ({kind}) creado en {folder}.</translation>
        </message>
        <message>
            <source>Renamed the diary {old} to {new}.</source>
            <translation>Diario {old} renombrado como {new}.</translation>
        </message>
        <message>
            <source>removing a diary needs its name typed: run it in a terminal, or add --confirm NAME</source>
            <translation>para eliminar un diario hay que escribir su nombre: ejecútelo en un terminal o añada --confirm NOMBRE</translation>
        </message>
        <message>
            <source>Type the name of the diary to remove ({name}) to confirm: </source>
            <translation>Escriba el nombre del diario que eliminar ({name}) para confirmar: </translation>
        </message>
        <message>
            <source>Removed the diary {name}; a copy of it is kept in {file}.</source>
            <translation>Diario {name} eliminado; se guarda una copia en {file}.</translation>
        </message>
    </context>
    <context>
        <name>Clinic</name>
        <message>
            <source>{analyte} must be in U/L or µkat/L, got {unit!r}</source>
            <translation>{analyte} debe indicarse en U/L o µkat/L; se indicó {unit!r}</translation>
        </message>
        <message>
            <source>{what} on {day}</source>
            <translation>{what} del {day}</translation>
        </message>
        <message>
            <source>clinic visit on {day}</source>
            <translation>consulta del {day}</translation>
        </message>
        <message>
            <source>CHAQ on {day}</source>
            <translation>CHAQ del {day}</translation>
        </message>
        <message>
            <source>HAQ-DI on {day}</source>
            <translation>HAQ-DI del {day}</translation>
        </message>
    </context>
    <context>
        <name>ClinicPage</name>
        <message>
            <source>▲ high</source>
            <translation>▲ alto</translation>
        </message>
        <message>
            <source>▼ low</source>
            <translation>▼ bajo</translation>
        </message>
        <message>
            <source>no range given</source>
            <translation>sin intervalo indicado</translation>
        </message>
        <message>
            <source>in range</source>
            <translation>dentro del intervalo</translation>
        </message>
        <message>
            <source>not scored (fewer than 6 categories answered)</source>
            <translation>sin calcular (menos de 6 categorías respondidas)</translation>
        </message>
        <message>
            <source>{score} (computed by the app)</source>
            <translation>{score} (calculado por la aplicación)</translation>
        </message>
        <message>
            <source>The record no longer exists.</source>
            <translation>El registro ya no existe.</translation>
        </message>
        <message>
            <source>Delete?</source>
            <translation>¿Eliminar?</translation>
        </message>
        <message>
            <source>Delete {what}?

You can undo this right after.</source>
            <translation>¿Eliminar {what}?

Puede deshacerlo justo después.</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>E&amp;ditar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>Des&amp;hacer la eliminación</translation>
        </message>
        <message>
            <source>Clinic records</source>
            <translation>Consultas y resultados</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <source>Physician global</source>
            <translation>Valoración global del médico</translation>
        </message>
        <message>
            <source>Physician global activity, 0–10</source>
            <translation>Actividad global de la enfermedad según el médico, 0–10</translation>
        </message>
        <message>
            <source>Extramuscular</source>
            <translation>Extramuscular</translation>
        </message>
        <message>
            <source>Extramuscular global activity, 0–10</source>
            <translation>Actividad global extramuscular (fuera de los músculos), 0–10</translation>
        </message>
        <message>
            <source>MMT-8 total on the 0–80 (one side) or 0–150 (both sides) scale</source>
            <translation>Total del MMT-8 en la escala 0–80 (un lado) o 0–150 (ambos lados)</translation>
        </message>
        <message>
            <source>Childhood Myositis Assessment Scale, 0–52 (higher is better)</source>
            <translation>Childhood Myositis Assessment Scale (escala muscular infantil), 0–52 (más alto es mejor)</translation>
        </message>
        <message>
            <source>CDASI activity</source>
            <translation>CDASI actividad</translation>
        </message>
        <message>
            <source>CDASI damage</source>
            <translation>CDASI daño</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Médico/a</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Clinic visits</source>
            <translation>Consultas</translation>
        </message>
        <message>
            <source>&amp;New visit…</source>
            <translation>Nu&amp;eva consulta…</translation>
        </message>
        <message>
            <source>Edit the selected clinic visit</source>
            <translation>Editar la consulta seleccionada</translation>
        </message>
        <message>
            <source>Delete the selected clinic visit</source>
            <translation>Eliminar la consulta seleccionada</translation>
        </message>
        <message>
            <source>V&amp;isits</source>
            <translation>&amp;Consultas</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Reference range</source>
            <translation>Intervalo de referencia</translation>
        </message>
        <message>
            <source>The lab's own reference range, in the unit of the value</source>
            <translation>El intervalo de referencia del propio laboratorio, en la unidad del valor</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>▲ above or ▼ below the lab's range</source>
            <translation>▲ por encima o ▼ por debajo del intervalo del laboratorio</translation>
        </message>
        <message>
            <source>× upper limit</source>
            <translation>× límite superior</translation>
        </message>
        <message>
            <source>Value ÷ the lab's upper limit of normal (ULN)</source>
            <translation>Valor ÷ límite superior de la normalidad del laboratorio (ULN)</translation>
        </message>
        <message>
            <source>As entered</source>
            <translation>Tal como se introdujo</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratorio</translation>
        </message>
        <message>
            <source>Lab results</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>Filter: test, date or lab</source>
            <translation>Filtro: prueba, fecha o laboratorio</translation>
        </message>
        <message>
            <source>Filter lab results</source>
            <translation>Filtrar los análisis</translation>
        </message>
        <message>
            <source>&amp;New result…</source>
            <translation>Nu&amp;evo resultado…</translation>
        </message>
        <message>
            <source>Edit the selected lab result</source>
            <translation>Editar el resultado seleccionado</translation>
        </message>
        <message>
            <source>Delete the selected lab result</source>
            <translation>Eliminar el resultado seleccionado</translation>
        </message>
        <message>
            <source>&amp;Labs</source>
            <translation>A&amp;nálisis</translation>
        </message>
        <message>
            <source>Categories answered</source>
            <translation>Categorías respondidas</translation>
        </message>
        <message>
            <source>{answered} of 8</source>
            <translation>{answered} de 8</translation>
        </message>
        <message>
            <source>Aids or devices</source>
            <translation>Ayudas técnicas</translation>
        </message>
        <message>
            <source>Help from another person</source>
            <translation>Ayuda de otra persona</translation>
        </message>
        <message>
            <source>HAQ-DI scores</source>
            <translation>Puntuaciones del HAQ-DI</translation>
        </message>
        <message>
            <source>Fill i&amp;n the HAQ-DI…</source>
            <translation>&amp;Rellenar el HAQ-DI…</translation>
        </message>
        <message>
            <source>Edit the selected HAQ-DI answers</source>
            <translation>Editar las respuestas del HAQ-DI seleccionadas</translation>
        </message>
        <message>
            <source>Delete the selected HAQ-DI answers</source>
            <translation>Eliminar las respuestas del HAQ-DI seleccionadas</translation>
        </message>
        <message>
            <source>Fill i&amp;n the CHAQ…</source>
            <translation>&amp;Rellenar el CHAQ…</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>No se ha eliminado</translation>
        </message>
        <message>
            <source>Deleted {what}.</source>
            <translation>Eliminado: {what}.</translation>
        </message>
        <message>
            <source>the clinic visit of {date}</source>
            <translation>la consulta del {date}</translation>
        </message>
        <message>
            <source>the {test} result of {date}</source>
            <translation>el resultado de {test} del {date}</translation>
        </message>
        <message>
            <source>the HAQ-DI answers of {date}</source>
            <translation>las respuestas del HAQ-DI del {date}</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>No se ha restaurado</translation>
        </message>
    </context>
    <context>
        <name>ClinicReport</name>
        <message>
            <source>Wrote the clinic report, {pages} pages ({main} pages and an appendix of {appendix}), to {path}</source>
            <translation>Se escribió el informe para la consulta, {pages} páginas ({main} páginas y un anexo de {appendix}), en {path}</translation>
        </message>
        <message>
            <source>Wrote the clinic report, {pages} pages, to {path}</source>
            <translation>Se escribió el informe para la consulta, {pages} páginas, en {path}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <source>Period {period} · generated by dmtracker {version} from patient-entered data</source>
            <translation>Periodo {period} · generado por dmtracker {version} con datos anotados por el paciente</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>señal de alarma</translation>
        </message>
        <message>
            <source>serious side effect</source>
            <translation>efecto secundario grave</translation>
        </message>
        <message>
            <source>possible flare</source>
            <translation>posible brote</translation>
        </message>
        <message>
            <source>started</source>
            <comment>a medication, in the list of changes</comment>
            <translation>empezado</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>a medication, in the list of changes</comment>
            <translation>suspendido</translation>
        </message>
        <message>
            <source>changed to</source>
            <comment>a medication's dose, in the list of changes</comment>
            <translation>cambiado a</translation>
        </message>
        <message>
            <source>better</source>
            <comment>a measure against the previous period</comment>
            <translation>mejor</translation>
        </message>
        <message>
            <source>worse</source>
            <comment>a measure against the previous period</comment>
            <translation>peor</translation>
        </message>
        <message>
            <source>no clear change</source>
            <translation>sin cambio claro</translation>
        </message>
        <message>
            <source>born {year}</source>
            <translation>nacido/a en {year}</translation>
        </message>
        <message>
            <source>(few days logged: the means below are estimates)</source>
            <translation>(pocos días anotados: las medias de abajo son estimaciones)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Period&lt;/b&gt; {label}{span} ({days} days){born}; compared with the {previous_days} days before ({previous_span}).</source>
            <translation>&lt;b&gt;Periodo&lt;/b&gt; {label}{span} ({days} días){born}; comparado con los {previous_days} días anteriores ({previous_span}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Days logged&lt;/b&gt; {logged} of {days} ({percent} %); daily check-ins on {checkins} days.</source>
            <translation>&lt;b&gt;Días anotados&lt;/b&gt; {logged} de {days} ({percent} %); registros del día en {checkins} días.</translation>
        </message>
        <message>
            <source>Clinic report: {patient}</source>
            <translation>Informe para la consulta: {patient}</translation>
        </message>
        <message>
            <source>Clinic report: {patient} — JDM</source>
            <translation>Informe para la consulta: {patient} — DMJ</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <comment>age</comment>
            <translation>
                <numerusform>%n año</numerusform>
                <numerusform>%n años</numerusform>
            </translation>
        </message>
        <message>
            <source>Clinic report: {patient}, {age} — JDM</source>
            <translation>Informe para la consulta: {patient}, {age} — DMJ</translation>
        </message>
        <message>
            <source>Juvenile dermatomyositis: the juvenile TIS (2016 ACR/EULAR juvenile criteria) counts ≥ 30 as minimal, ≥ 45 as moderate and ≥ 70 as major improvement. The parent global stands in for the patient global, the CMAS (0–52, higher is better) for the MMT-8 where the visit has no MMT-8, and the CHAQ (0–3) for the HAQ-DI.</source>
            <translation>Dermatomiositis juvenil: el TIS juvenil (criterios juveniles ACR/EULAR de 2016) considera ≥ 30 mejoría mínima, ≥ 45 moderada y ≥ 70 importante. La valoración global de los padres sustituye a la del paciente, el CMAS (0–52, más alto es mejor) al MMT-8 cuando la consulta no tiene MMT-8, y el CHAQ (0–3) al HAQ-DI.</translation>
        </message>
        <message>
            <source>Juvenile dermatomyositis (JDM) measures</source>
            <translation>Medidas de la dermatomiositis juvenil (DMJ)</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <source>CMAS (0–52)</source>
            <translation>CMAS (0–52)</translation>
        </message>
        <message>
            <source>Parent global (0–10)</source>
            <translation>Global de los padres (0–10)</translation>
        </message>
        <message>
            <source>Physician global (0–10)</source>
            <translation>Global del médico (0–10)</translation>
        </message>
        <message>
            <source>DAS skin (0–9)</source>
            <translation>DAS piel (0–9)</translation>
        </message>
        <message>
            <source>DAS muscle (0–11)</source>
            <translation>DAS músculo (0–11)</translation>
        </message>
        <message>
            <source>No CMAS, parent global or DAS in the period.</source>
            <translation>Sin CMAS, valoración global de los padres ni DAS en el periodo.</translation>
        </message>
        <message>
            <source>CMAS items of the visit of {day}</source>
            <translation>Ítems del CMAS de la consulta del {day}</translation>
        </message>
        <message>
            <source>Manoeuvre</source>
            <translation>Maniobra</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>CHAQ (Childhood Health Assessment Questionnaire)</source>
            <translation>CHAQ (Childhood Health Assessment Questionnaire)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>CHAQ (0–3)</source>
            <translation>CHAQ (0–3)</translation>
        </message>
        <message>
            <source>Pain (0–100 mm)</source>
            <translation>Dolor (0–100 mm)</translation>
        </message>
        <message>
            <source>Well-being (0–100 mm)</source>
            <translation>Bienestar (0–100 mm)</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Respondido por</translation>
        </message>
        <message>
            <source>No CHAQ in the period.</source>
            <translation>Sin CHAQ en el periodo.</translation>
        </message>
        <message>
            <source>{mm} mm ({scaled} of 3)</source>
            <translation>{mm} mm ({scaled} de 3)</translation>
        </message>
        <message>
            <source>My questions for this visit</source>
            <translation>Mis preguntas para esta consulta</translation>
        </message>
        <message>
            <source>None written.</source>
            <translation>Ninguna escrita.</translation>
        </message>
        <message>
            <source>Entered by the patient or taken from clinic letters; every score is computed by the app. Means of the values logged (n); ≈ estimate: fewer than 4. Better or worse only for a change of ≥ 1 point (0–10 scales), ≥ 0.25 (HAQ-DI) or ≥ 10 % (others), and for a mean only with n ≥ 4 in both periods (a latest value is compared with the one before); else “no clear change”. Patient global (“how active my disease feels”) is the daily 0–10 rating, standing in for the 10 cm scale.</source>
            <translation>Anotado por el paciente o tomado de informes médicos; todas las puntuaciones las calcula la aplicación. Medias de los valores anotados (n); ≈ estimación: menos de 4. Mejor o peor solo con un cambio de ≥ 1 punto (escalas 0–10), ≥ 0,25 (HAQ-DI) o ≥ 10 % (otras), y para una media solo con n ≥ 4 en ambos periodos (un último valor se compara con el anterior); si no, «sin cambio claro». La valoración global del paciente («lo activa que noto mi enfermedad») es la puntuación diaria de 0–10, en lugar de la escala de 10 cm.</translation>
        </message>
        <message>
            <source>IVIG infusions in the period</source>
            <translation>Infusiones de IVIG en el periodo</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Ninguna anotada.</translation>
        </message>
        <message>
            <source>{courses} courses ({days} infusion days) in the period; the last {shown} are listed here and every course in the Tables.</source>
            <translation>{courses} ciclos ({days} días de infusión) en el periodo; aquí figuran los últimos {shown} y todos los ciclos en las Tablas.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no reactions</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{g_per_kg} g/kg ({total} g, {given} of {planned} days)</source>
            <translation>{g_per_kg} g/kg ({total} g, {given} de {planned} días)</translation>
        </message>
        <message>
            <source>{dose} on the {basis} weight {weight} kg</source>
            <translation>{dose} según el peso {basis} de {weight} kg</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Reacciones</translation>
        </message>
        <message>
            <source>{effect} (grade {grade})</source>
            <translation>{effect} (grado {grade})</translation>
        </message>
        <message>
            <source>actual</source>
            <comment>the dosing weight: the body weight</comment>
            <translation>real</translation>
        </message>
        <message>
            <source>ideal</source>
            <comment>the dosing weight: the ideal body weight</comment>
            <translation>ideal</translation>
        </message>
        <message>
            <source>adjusted</source>
            <comment>the dosing weight: the adjusted body weight</comment>
            <translation>ajustado</translation>
        </message>
        <message>
            <source>Medications now and changes in the period</source>
            <translation>Medicamentos actuales y cambios en el periodo</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; {dose} (since {day})</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; {dose} (desde el {day})</translation>
        </message>
        <message>
            <source>No medications recorded as current.</source>
            <translation>No hay medicamentos actuales anotados.</translation>
        </message>
        <message>
            <source>(the last {shown} of {all}; the earlier {more} are in the CSV export, medication_doses.csv)</source>
            <translation>(los últimos {shown} de {all}; los {more} anteriores están en la exportación CSV, medication_doses.csv)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes:&lt;/b&gt; {items}.</source>
            <translation>&lt;b&gt;Cambios:&lt;/b&gt; {items}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes:&lt;/b&gt; none in the period.</source>
            <translation>&lt;b&gt;Cambios:&lt;/b&gt; ninguno en el periodo.</translation>
        </message>
        <message>
            <source>Glucocorticoids in the period: {grams} g prednisone-equivalent (computed by the app from the dose rows).</source>
            <translation>Corticoides en el periodo: {grams} g en equivalente de prednisona (calculado por la aplicación a partir de las dosis anotadas).</translation>
        </message>
        <message>
            <source>Headline measures against the previous period</source>
            <translation>Medidas principales frente al periodo anterior</translation>
        </message>
        <message>
            <source>higher better</source>
            <translation>más alto es mejor</translation>
        </message>
        <message>
            <source>lower better</source>
            <translation>más bajo es mejor</translation>
        </message>
        <message>
            <source>latest</source>
            <comment>the latest value of a measure</comment>
            <translation>último valor</translation>
        </message>
        <message>
            <source>mean</source>
            <comment>the mean of a measure's values</comment>
            <translation>media</translation>
        </message>
        <message>
            <source>({unit}, {how}; {direction})</source>
            <translation>({unit}, {how}; {direction})</translation>
        </message>
        <message>
            <source>Nothing measured in either period.</source>
            <translation>No se midió nada en ninguno de los dos periodos.</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>a measure in this period</comment>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Before</source>
            <comment>a measure in the previous period</comment>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>n now/before</source>
            <translation>n ahora/antes</translation>
        </message>
        <message>
            <source>Flagged events</source>
            <translation>Eventos señalados</translation>
        </message>
        <message>
            <source>No red flags, serious side effects or possible flares.</source>
            <translation>Sin señales de alarma, efectos secundarios graves ni posibles brotes.</translation>
        </message>
        <message>
            <source>{all} possible flare days in all; the latest {listed} are listed.</source>
            <translation>{all} días con posible brote en total; figuran los últimos {listed}.</translation>
        </message>
        <message>
            <source>(Possible flare, app rule: patient global or fatigue at least 2 points above the mean of the 4 logged days before.)</source>
            <translation>(Posible brote, regla de la aplicación: valoración global del paciente o cansancio al menos 2 puntos por encima de la media de los 4 días anotados anteriores.)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Data behind this chart: {logged} days logged ({percent} %), {courses} IVIG courses ({days} infusion days, shaded), {effects} side effects, {labs} lab results. Lines of the daily scales are 7-day means.</source>
            <translation>Datos de este gráfico: {logged} días anotados ({percent} %), {courses} ciclos de IVIG ({days} días de infusión, sombreados), {effects} efectos secundarios, {labs} resultados de análisis. Las líneas de las escalas diarias son medias de 7 días.</translation>
        </message>
        <message>
            <source>Chart not drawn.</source>
            <translation>Gráfico no dibujado.</translation>
        </message>
        <message>
            <source>Cycle profile</source>
            <translation>Perfil del ciclo</translation>
        </message>
        <message>
            <source>Each measure folded onto the days since an IVIG course started, for the {n} courses that started in the period. The median line and the 25–75 % band are drawn only where at least 3 cycles have a value; fewer cycles are shown one by one.</source>
            <translation>Cada medida superpuesta según los días desde el inicio de un ciclo de IVIG, para los {n} ciclos que empezaron en el periodo. La línea de la mediana y la banda del 25–75 % solo se dibujan donde al menos 3 ciclos tienen un valor; con menos ciclos se muestran uno a uno.</translation>
        </message>
        <message>
            <source>No IVIG course started in the period.</source>
            <translation>Ningún ciclo de IVIG empezó en el periodo.</translation>
        </message>
        <message>
            <source>must be one of {choices}; got {got}</source>
            <translation>debe ser uno de {choices}; se recibió {got}</translation>
        </message>
        <message>
            <source>Writing the summary</source>
            <translation>Escribiendo el resumen</translation>
        </message>
        <message>
            <source>Clinic report {period}</source>
            <translation>Informe para la consulta {period}</translation>
        </message>
        <message>
            <source>dmtracker clinic report · {patient}</source>
            <translation>Informe de dmtracker para la consulta · {patient}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>{scale} {value} ({day})</source>
            <translation>{scale} {value} ({day})</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Entries during the day&lt;/b&gt; %n, on {days} days; the highest: {highest}. The daily log lists the highest of each day.</source>
            <translation>
                <numerusform>&lt;b&gt;Anotaciones durante el día&lt;/b&gt; %n, en {days} días; los valores más altos: {highest}. El registro diario indica el más alto de cada día.</numerusform>
                <numerusform>&lt;b&gt;Anotaciones durante el día&lt;/b&gt; %n, en {days} días; los valores más altos: {highest}. El registro diario indica el más alto de cada día.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClinicReportCard</name>
        <message>
            <source>Clinic report</source>
            <translation>Informe para la consulta</translation>
        </message>
        <message>
            <source>Clinic report not written</source>
            <translation>No se escribió el informe para la consulta</translation>
        </message>
        <message>
            <source>A PDF for your next clinic visit: a one-page summary, your charts, tables of infusions, side effects, labs and visits, and your questions. It opens when ready.</source>
            <translation>Un PDF para su próxima consulta: un resumen de una página, sus gráficos, tablas de infusiones, efectos secundarios, análisis y consultas, y sus preguntas. Se abre cuando está listo.</translation>
        </message>
        <message>
            <source>Report period</source>
            <translation>Periodo del informe</translation>
        </message>
        <message>
            <source>Report period: from</source>
            <translation>Periodo del informe: desde</translation>
        </message>
        <message>
            <source>Report period: to</source>
            <translation>Periodo del informe: hasta</translation>
        </message>
        <message>
            <source>to</source>
            <comment>from one date to another</comment>
            <translation>a</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>the US paper size</comment>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <source>Same as the app</source>
            <translation>El mismo que la aplicación</translation>
        </message>
        <message>
            <source>The language of the PDF, for a clinic that reads another language. The app itself stays in its language.</source>
            <translation>El idioma del PDF, para una consulta que lee otro idioma. La aplicación sigue en su idioma.</translation>
        </message>
        <message>
            <source>My questions for the visit</source>
            <translation>Mis preguntas para la consulta</translation>
        </message>
        <message>
            <source>Questions you want to ask at the visit</source>
            <translation>Preguntas que quiere hacer en la consulta</translation>
        </message>
        <message>
            <source>Add an appen&amp;dix: the daily log and rash photos</source>
            <translation>Añadir un a&amp;nexo: el registro diario y las fotos de la erupción</translation>
        </message>
        <message>
            <source>Rash sites whose photos go in the appendix</source>
            <translation>Zonas de la erupción cuyas fotos van en el anexo</translation>
        </message>
        <message>
            <source>Pe&amp;riod:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Fechas:</translation>
        </message>
        <message>
            <source>Pa&amp;per:</source>
            <translation>&amp;Tamaño del papel:</translation>
        </message>
        <message>
            <source>Report l&amp;anguage:</source>
            <translation>Idio&amp;ma del informe:</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation>Pre&amp;guntas:</translation>
        </message>
        <message>
            <source>Photos of:</source>
            <translation>Fotos de:</translation>
        </message>
        <message>
            <source>Cr&amp;eate the clinic report…</source>
            <translation>Cr&amp;ear el informe…</translation>
        </message>
        <message>
            <source>Create the clinic report PDF</source>
            <translation>Crear el informe en PDF para la consulta</translation>
        </message>
        <message>
            <source>Save the clinic report</source>
            <translation>Guardar el informe para la consulta</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Gathering the data…</source>
            <translation>Reuniendo los datos…</translation>
        </message>
        <message>
            <source>Drawing the charts</source>
            <translation>Dibujando los gráficos</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Escribiendo el informe…</translation>
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
            <translation>Iniciar cronómetro</translation>
        </message>
        <message>
            <source>Stop ({seconds} s)</source>
            <translation>Parar ({seconds} s)</translation>
        </message>
        <message>
            <source>CMAS (Childhood Myositis Assessment Scale, 0–52)</source>
            <translation>CMAS (Childhood Myositis Assessment Scale, 0–52)</translation>
        </message>
        <message>
            <source>Higher is better. Choose the level of each manoeuvre (type its number or use the arrow keys); for a timed one, the stopwatch button (Space) starts and stops the time and fills in the seconds and the score.</source>
            <translation>Más alto es mejor. Elija el nivel de cada maniobra (escriba su número o use las flechas); en una maniobra cronometrada, el botón del cronómetro (Espacio) inicia y para el tiempo y rellena los segundos y la puntuación.</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>sin puntuar</translation>
        </message>
        <message>
            <source>{item}: seconds held</source>
            <translation>{item}: segundos mantenidos</translation>
        </message>
        <message>
            <source>Stopwatch for {item}</source>
            <translation>Cronómetro para {item}</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>CMAS total, only if the letter gives no item scores (0–52)</source>
            <translation>Total del CMAS, solo si el informe no da las puntuaciones por ítem (0–52)</translation>
        </message>
        <message>
            <source>CMAS total (&amp;when no item scores)</source>
            <translation>Total del CMAS (&amp;sin puntuaciones por ítem)</translation>
        </message>
        <message>
            <source>CMAS total</source>
            <translation>Total del CMAS</translation>
        </message>
        <message>
            <source>must be whole seconds from 0 to {top}</source>
            <translation>deben ser segundos enteros de 0 a {top}</translation>
        </message>
        <message>
            <source>CMAS {total} of 52 (computed by the app from the 14 items)</source>
            <translation>CMAS {total} de 52 (calculado por la aplicación con los 14 ítems)</translation>
        </message>
        <message>
            <source>CMAS: {scored} of 14 items scored so far ({points} points)</source>
            <translation>CMAS: {scored} de 14 ítems puntuados hasta ahora ({points} puntos)</translation>
        </message>
        <message>
            <source>CMAS as given in the letter: {total} of 52</source>
            <translation>CMAS según el informe: {total} de 52</translation>
        </message>
        <message>
            <source>CMAS: not entered</source>
            <translation>CMAS: sin anotar</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>dmtracker: something went wrong</source>
            <translation>dmtracker: algo ha salido mal</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha salido mal</translation>
        </message>
        <message>
            <source>The details are in the log file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;It holds no health data: you can send it with a bug report.</source>
            <translation>Los detalles están en el archivo de registro:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;No contiene datos de salud: puede enviarlo con un informe de error.</translation>
        </message>
        <message>
            <source>No log file is open.</source>
            <translation>No hay ningún archivo de registro abierto.</translation>
        </message>
        <message>
            <source>dmtracker hit an unexpected error. Your saved records are safe, and what you were typing is still in the window (the check-in form is also kept as a draft).&lt;br&gt;You can go on; if the problem comes back, quit and start dmtracker again.</source>
            <translation>dmtracker ha encontrado un error inesperado. Sus registros guardados están a salvo, y lo que estaba escribiendo sigue en la ventana (el registro del día también se guarda como borrador).&lt;br&gt;Puede continuar; si el problema vuelve, salga de dmtracker y ábralo de nuevo.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>Copy the log &amp;path</source>
            <translation>Copiar la &amp;ruta del registro</translation>
        </message>
        <message>
            <source>&amp;Quit dmtracker</source>
            <translation>&amp;Salir de dmtracker</translation>
        </message>
    </context>
    <context>
        <name>CsvReadme</name>
        <message>
            <source>dmtracker export of {when}</source>
            <translation>Exportación de dmtracker del {when}</translation>
        </message>
        <message>
            <source>One CSV file per kind of record, UTF-8, comma-separated, with a header row.</source>
            <translation>Un archivo CSV por cada tipo de registro, UTF-8, separado por comas, con una fila de encabezado.</translation>
        </message>
        <message>
            <source>- Dates are YYYY-MM-DD; times are YYYY-MM-DD HH:MM:SS in the time zone {tz}.</source>
            <translation>- Las fechas son YYYY-MM-DD; las horas, YYYY-MM-DD HH:MM:SS en la zona horaria {tz}.</translation>
        </message>
        <message>
            <source>- Empty cells mean "not recorded". Decimals use a point. true/false for yes/no.</source>
            <translation>- Las celdas vacías significan «no anotado». Los decimales llevan punto (3.5, no 3,5). true/false para sí/no.</translation>
        </message>
        <message>
            <source>- The files are the same in every language of the app, for spreadsheets and other
  programs: ISO dates (YYYY-MM-DD), a decimal point, and the column names and
  codes in English. Only this README is in your language.</source>
            <translation>- Los archivos son iguales en todos los idiomas de la aplicación, para hojas de cálculo y otros
  programas: fechas ISO (YYYY-MM-DD), punto decimal, y nombres de columnas y códigos en inglés.
  Solo este README está en su idioma.</translation>
        </message>
        <message>
            <source>- Records link by id: course_id in infusion_days.csv is the id in infusion_courses.csv,
  infusion_day_id in rate steps, premedications, vital signs and follow-ups is the id in
  infusion_days.csv, medication_id and regimen_id link the medication files.</source>
            <translation>- Los registros se enlazan por id: course_id en infusion_days.csv es el id en infusion_courses.csv,
  infusion_day_id en los archivos de pasos de velocidad, premedicación, constantes vitales y seguimiento
  es el id en infusion_days.csv; medication_id y regimen_id enlazan los archivos de medicamentos.</translation>
        </message>
        <message>
            <source>- daily_steps.csv has one row a day: the steps counted by a phone or a watch and where they came from.</source>
            <translation>- daily_steps.csv tiene una fila por día: los pasos contados por un móvil o un reloj y de dónde vienen.</translation>
        </message>
        <message>
            <source>- checkins.csv has the columns of the check-in import template and can be imported again.</source>
            <translation>- checkins.csv tiene las columnas de la plantilla de importación de registros del día y se puede volver a importar.</translation>
        </message>
        <message>
            <source>- symptom_entries.csv: entries during the day (several a day): at is when, day its
  date, the scales 0–10 as in checkins.csv; device and uid say where an entry came
  from (empty device: this computer; else the inbox file's device).</source>
            <translation>- symptom_entries.csv: anotaciones durante el día (varias al día): at es el momento, day
  su fecha, las escalas 0–10 como en checkins.csv; device y uid indican de dónde vino una
  anotación (device vacío: este ordenador; si no, el dispositivo del archivo de la carpeta de entrada).</translation>
        </message>
        <message>
            <source>- A text that starts with = + - or @ is written with a leading apostrophe so that
  spreadsheets do not run it as a formula.</source>
            <translation>- Un texto que empieza por = + - o @ se escribe con un apóstrofo delante para que las
  hojas de cálculo no lo ejecuten como una fórmula.</translation>
        </message>
        <message>
            <source>- Deleted records are not included. The complete backup is the JSON export.</source>
            <translation>- Los registros borrados no se incluyen. La copia de seguridad completa es la exportación JSON.</translation>
        </message>
        <message>
            <source>- questionnaires.csv: item_1 … item_20 are the HAQ-DI answers (0 without difficulty,
  1 some, 2 much, 3 unable); aids and help list categories, separated by ";"; score is the
  HAQ-DI computed by the app.</source>
            <translation>- questionnaires.csv: item_1 … item_20 son las respuestas del HAQ-DI (0 sin dificultad,
  1 alguna, 2 mucha, 3 incapaz); aids y help enumeran categorías, separadas por ";"; score es el
  HAQ-DI calculado por la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>CycleChart</name>
        <message>
            <source>Infusion cycle chart</source>
            <extracomment>The view's least height at 100 % text; it grows with the text size.</extracomment>
            <translation>Gráfico del ciclo de infusión</translation>
        </message>
        <message>
            <source>days since the IVIG course started</source>
            <translation>días desde el inicio del ciclo de IVIG</translation>
        </message>
        <message>
            <source>median of the cycles</source>
            <translation>mediana de los ciclos</translation>
        </message>
        <message>
            <source>middle half of the cycles (25–75 %)</source>
            <translation>mitad central de los ciclos (25–75 %)</translation>
        </message>
        <message>
            <source>each cycle</source>
            <translation>cada ciclo</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{measure}&lt;/b&gt;: %n cycle(s)</source>
            <translation>
                <numerusform>&lt;b&gt;{measure}&lt;/b&gt;: %n ciclo</numerusform>
                <numerusform>&lt;b&gt;{measure}&lt;/b&gt;: %n ciclos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Daily</name>
        <message>
            <source>{day} already has a check-in</source>
            <translation>el {day} ya tiene un registro del día</translation>
        </message>
        <message>
            <source>{day} has a newer check-in</source>
            <translation>el {day} tiene un registro del día más reciente</translation>
        </message>
        <message>
            <source>{what} on {day}</source>
            <translation>{what} el {day}</translation>
        </message>
        <message>
            <source>this site already has an entry for that day</source>
            <translation>esta zona ya tiene una entrada para ese día</translation>
        </message>
        <message>
            <source>this site has a newer entry for that day</source>
            <translation>esta zona tiene una entrada más reciente para ese día</translation>
        </message>
        <message>
            <source>rash at {site} on {day}</source>
            <translation>erupción en {site} el {day}</translation>
        </message>
        <message>
            <source>a site is listed twice</source>
            <translation>una zona aparece dos veces</translation>
        </message>
        <message>
            <source>Saved the rash log</source>
            <translation>Registro de la erupción guardado</translation>
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
            <translation>el {day} se ha vuelto a registrar desde entonces</translation>
        </message>
    </context>
    <context>
        <name>DateFormat</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>DD</source>
            <comment>letters for the day in a date pattern</comment>
            <translation>DD</translation>
        </message>
        <message>
            <source>MM</source>
            <comment>letters for the month in a date pattern</comment>
            <translation>MM</translation>
        </message>
        <message>
            <source>YYYY</source>
            <comment>letters for the year in a date pattern</comment>
            <translation>AAAA</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>is empty: type a date like {example}</source>
            <translation>está vacío: escriba una fecha, por ejemplo {example}</translation>
        </message>
        <message>
            <source>“{typed}”: please type the year in full (four digits)</source>
            <translation>«{typed}»: escriba el año completo (cuatro cifras)</translation>
        </message>
        <message>
            <source>“{typed}” is not a whole date: type it as {pattern}, e.g. {example}</source>
            <translation>«{typed}» no es una fecha completa: escríbala como {pattern}, por ejemplo {example}</translation>
        </message>
        <message>
            <source>“{typed}” is not a date in the calendar</source>
            <translation>«{typed}» no es una fecha del calendario</translation>
        </message>
        <message>
            <source>{name}: calendar</source>
            <translation>{name}: calendario</translation>
        </message>
        <message>
            <source>Calendar (Alt+Down or F4)</source>
            <translation>Calendario (Alt+Flecha abajo o F4)</translation>
        </message>
        <message>
            <source>the latest date allowed ({date})</source>
            <translation>la última fecha permitida ({date})</translation>
        </message>
        <message>
            <source>{date} is after {limit}</source>
            <translation>{date} es posterior a {limit}</translation>
        </message>
        <message>
            <source>the earliest date allowed ({date})</source>
            <translation>la primera fecha permitida ({date})</translation>
        </message>
        <message>
            <source>{date} is before {limit}</source>
            <translation>{date} es anterior a {limit}</translation>
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
            <translation>historial de demostración del {start} al {end}: {parts}</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>%n registro del día</numerusform>
                <numerusform>%n registros del día</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n self-test(s)</source>
            <translation>
                <numerusform>%n autoprueba</numerusform>
                <numerusform>%n autopruebas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rash entries</source>
            <translation>
                <numerusform>%n entrada de erupción</numerusform>
                <numerusform>%n entradas de erupción</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n IVIG course(s)</source>
            <translation>
                <numerusform>%n ciclo de IVIG</numerusform>
                <numerusform>%n ciclos de IVIG</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n infusion day(s)</source>
            <translation>
                <numerusform>%n día de infusión</numerusform>
                <numerusform>%n días de infusión</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n side effect(s)</source>
            <translation>
                <numerusform>%n efecto secundario</numerusform>
                <numerusform>%n efectos secundarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lab result(s)</source>
            <translation>
                <numerusform>%n resultado de análisis</numerusform>
                <numerusform>%n resultados de análisis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clinic visit(s)</source>
            <translation>
                <numerusform>%n consulta</numerusform>
                <numerusform>%n consultas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n HAQ-DI answer(s)</source>
            <translation>
                <numerusform>%n respuesta al HAQ-DI</numerusform>
                <numerusform>%n respuestas al HAQ-DI</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CHAQ answer(s)</source>
            <translation>
                <numerusform>%n respuesta del CHAQ</numerusform>
                <numerusform>%n respuestas del CHAQ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dose row(s)</source>
            <translation>
                <numerusform>%n fila de dosis</numerusform>
                <numerusform>%n filas de dosis</numerusform>
            </translation>
        </message>
        <message>
            <source>--end {end} is in the future</source>
            <translation>--end {end} está en el futuro</translation>
        </message>
        <message>
            <source>years must be from 1 to 30, got {years}</source>
            <translation>los años deben estar entre 1 y 30; se indicó {years}</translation>
        </message>
        <message>
            <source>{folder} already has data; demo data goes only into an empty data folder</source>
            <translation>{folder} ya tiene datos; los datos de demostración solo van en una carpeta de datos vacía</translation>
        </message>
    </context>
    <context>
        <name>Dosing</name>
        <message>
            <source>every day</source>
            <extracomment>The schedule's label (:data:`SCHEDULES`) in lower case, as a phrase says it.</extracomment>
            <translation>todos los días</translation>
        </message>
        <message>
            <source>every other day</source>
            <translation>cada dos días</translation>
        </message>
        <message>
            <source>once a week</source>
            <translation>una vez a la semana</translation>
        </message>
        <message>
            <source>in courses (e.g. ivig)</source>
            <translation>en ciclos (p. ej., IVIG)</translation>
        </message>
        <message>
            <source>when needed</source>
            <translation>cuando haga falta</translation>
        </message>
        <message>
            <source>per course</source>
            <translation>por ciclo</translation>
        </message>
        <message>
            <source>as needed</source>
            <translation>si es necesario</translation>
        </message>
        <message numerus="yes">
            <source>%n× a day</source>
            <translation>
                <numerusform>%n vez al día</numerusform>
                <numerusform>%n veces al día</numerusform>
            </translation>
        </message>
        <message>
            <source>once a week on {day}</source>
            <translation>una vez a la semana, el {day}</translation>
        </message>
        <message numerus="yes">
            <source>every day, %n time(s) a day</source>
            <translation>
                <numerusform>todos los días, %n vez al día</numerusform>
                <numerusform>todos los días, %n veces al día</numerusform>
            </translation>
        </message>
        <message>
            <source>once a week, on {day}</source>
            <translation>una vez a la semana, el {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day</source>
            <translation>
                <numerusform>%n vez al día</numerusform>
                <numerusform>%n veces al día</numerusform>
            </translation>
        </message>
        <message>
            <source>every other day from {day}</source>
            <translation>cada dos días desde el {day}</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>diario</translation>
        </message>
        <message numerus="yes">
            <source>%n× daily</source>
            <translation>
                <numerusform>%n× al día</numerusform>
                <numerusform>%n× al día</numerusform>
            </translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>semanal</translation>
        </message>
        <message>
            <source>weekly ({day})</source>
            <translation>semanal ({day})</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Nothing logged yet. Start here: log your first day on Today (Ctrl+1); every day you log is listed here, newest first.</source>
            <translation>Todavía no hay nada registrado. Empiece aquí: registre su primer día en «Hoy» (Ctrl+1); cada día que registre aparecerá aquí, el más reciente primero.</translation>
        </message>
        <message>
            <source>No IVIG course, infusion or side effect recorded yet. Start here: plan your next course on Plan course (Alt+P), then record each infusion day on Infusions; log a side effect (Alt+E) whenever one comes.</source>
            <translation>Todavía no hay ningún ciclo de IVIG, infusión ni efecto secundario registrado. Empiece aquí: planifique su próximo ciclo en «Planificar ciclo» y después registre cada día de infusión en «Infusiones»; registre un efecto secundario cuando aparezca.</translation>
        </message>
        <message>
            <source>No clinic results yet. Start here: after a visit, add it with New visit… (Alt+N); lab results go on Labs and the HAQ-DI questionnaire on HAQ-DI.</source>
            <translation>Todavía no hay resultados de consultas. Empiece aquí: después de una consulta, añádala con «Nueva consulta…»; los análisis van en «Análisis» y el cuestionario HAQ-DI en «HAQ-DI».</translation>
        </message>
        <message>
            <source>Nothing to chart yet. Start here: log a few days on Today (Ctrl+1); the charts fill in as you go.</source>
            <translation>Todavía no hay nada que mostrar en los gráficos. Empiece aquí: registre algunos días en «Hoy» (Ctrl+1); los gráficos se irán completando.</translation>
        </message>
        <message>
            <source>Your diary is still empty. Start here: log a few days on Today (Ctrl+1), then make a report for your clinic here. Backups are made every day on their own.</source>
            <translation>Su diario todavía está vacío. Empiece aquí: registre algunos días en «Hoy» (Ctrl+1) y después cree aquí un informe para su consulta. Las copias de seguridad se hacen solas cada día.</translation>
        </message>
        <message>
            <source>What to do first</source>
            <translation>Qué hacer primero</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>this diary is not encrypted (encrypt it first)</source>
            <translation>este diario no está cifrado (cífrelo primero)</translation>
        </message>
        <message>
            <source>If you forget this passphrase, your diary cannot be opened again: not by you, not by anyone, not by the people who make dmtracker. There is no reset and no recovery. Write it down and keep it somewhere safe.</source>
            <translation>Si olvida esta frase de contraseña, su diario no podrá volver a abrirse: ni por usted, ni por nadie, ni por quienes hacen dmtracker. No hay forma de restablecerla ni de recuperarla. Anótela y guárdela en un lugar seguro.</translation>
        </message>
        <message>
            <source>the diary in {folder} is encrypted: its passphrase is needed</source>
            <translation>el diario en {folder} está cifrado: se necesita su frase de contraseña</translation>
        </message>
        <message>
            <source>is not the passphrase of this diary</source>
            <translation>no es la frase de contraseña de este diario</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatoria</translation>
        </message>
        <message>
            <source>must be at least {least} characters, got {got}</source>
            <translation>debe tener al menos {least} caracteres; tiene {got}</translation>
        </message>
        <message>
            <source>must not start or end with a space</source>
            <translation>no debe empezar ni terminar con un espacio</translation>
        </message>
        <message>
            <source>is not the same as the passphrase</source>
            <translation>no coincide con la frase de contraseña</translation>
        </message>
        <message>
            <source>the converted copy of {name} did not check out</source>
            <translation>la copia convertida de {name} no superó la comprobación</translation>
        </message>
        <message>
            <source>an unreadable {plan} was set aside as {aside}; nothing was changed</source>
            <translation>el archivo ilegible {plan} se apartó como {aside}; no se ha cambiado nada</translation>
        </message>
        <message>
            <source>the interrupted encryption was undone: the diary is stored unencrypted</source>
            <translation>se deshizo el cifrado interrumpido: el diario se guarda sin cifrar</translation>
        </message>
        <message>
            <source>the interrupted decryption was finished: the diary is stored unencrypted</source>
            <translation>se completó el descifrado interrumpido: el diario se guarda sin cifrar</translation>
        </message>
        <message>
            <source>the interrupted encryption was finished: the diary is encrypted</source>
            <translation>se completó el cifrado interrumpido: el diario está cifrado</translation>
        </message>
        <message>
            <source>the interrupted decryption was undone: the diary is encrypted (run decrypt again to store it unencrypted)</source>
            <translation>se deshizo el descifrado interrumpido: el diario está cifrado (vuelva a ejecutar decrypt para guardarlo sin cifrar)</translation>
        </message>
        <message>
            <source>this diary is encrypted already</source>
            <translation>este diario ya está cifrado</translation>
        </message>
        <message>
            <source>there is no diary in {folder}</source>
            <translation>no hay ningún diario en {folder}</translation>
        </message>
        <message>
            <source>the diary is damaged ({problem}); not changed</source>
            <translation>el diario está dañado ({problem}); no se ha cambiado</translation>
        </message>
        <message>
            <source>the disk holding {folder} filled up during the encryption: free at least {size} there, then run any dmtracker command or start the app: it finishes the encryption</source>
            <translation>el disco que contiene {folder} se llenó durante el cifrado: libere allí al menos {size} y luego ejecute cualquier orden de dmtracker o abra la aplicación: completará el cifrado</translation>
        </message>
        <message>
            <source>the disk holding {folder} filled up during the decryption: free at least {size} there, then run any dmtracker command or start the app: it encrypts again what is unencrypted</source>
            <translation>el disco que contiene {folder} se llenó durante el descifrado: libere allí al menos {size} y luego ejecute cualquier orden de dmtracker o abra la aplicación: volverá a cifrar lo que esté sin cifrar</translation>
        </message>
        <message>
            <source>this diary is not encrypted</source>
            <translation>este diario no está cifrado</translation>
        </message>
        <message>
            <source>mixed: {plain_db} database files and {plain_photos} photos plain, {encrypted_db} database files and {sealed} photos encrypted</source>
            <translation>mixto: {plain_db} archivos de base de datos y {plain_photos} fotos sin cifrar, {encrypted_db} archivos de base de datos y {sealed} fotos cifrados</translation>
        </message>
        <message>
            <source>mixed: {plain_db} database files and {plain_photos} photos plain, {encrypted_db} database files and {sealed} photos (a vault that does not open) encrypted</source>
            <translation>mixto: {plain_db} archivos de base de datos y {plain_photos} fotos sin cifrar, {encrypted_db} archivos de base de datos y {sealed} fotos (en un almacén que no se abre) cifrados</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Cifrado</translation>
        </message>
        <message>
            <source>The demo profile holds made-up data and is not encrypted. Start your own diary to encrypt it.</source>
            <translation>El perfil de demostración contiene datos inventados y no está cifrado. Empiece su propio diario para cifrarlo.</translation>
        </message>
        <message>
            <source>Storing your diary, its backups and photos unencrypted…</source>
            <translation>Guardando su diario, sus copias de seguridad y fotos sin cifrar…</translation>
        </message>
        <message numerus="yes">
            <source>Your diary and %n backup(s) are stored unencrypted now.</source>
            <translation>
                <numerusform>Su diario y %n copia de seguridad están ahora guardados sin cifrar.</numerusform>
                <numerusform>Su diario y %n copias de seguridad están ahora guardados sin cifrar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Encrypting your diary, its backups and photos…</source>
            <translation>Cifrando su diario, sus copias de seguridad y fotos…</translation>
        </message>
        <message numerus="yes">
            <source>Your diary and %n backup(s) are encrypted now.</source>
            <translation>
                <numerusform>Su diario y %n copia de seguridad están ahora cifrados.</numerusform>
                <numerusform>Su diario y %n copias de seguridad están ahora cifrados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed: {problems}</source>
            <translation>No se ha cambiado nada: {problems}</translation>
        </message>
    </context>
    <context>
        <name>Entries</name>
        <message>
            <source>an entry with this id is already in the diary</source>
            <translation>ya hay una anotación con este identificador en el diario</translation>
        </message>
    </context>
    <context>
        <name>EntriesCard</name>
        <message>
            <source>During the day</source>
            <translation>Durante el día</translation>
        </message>
        <message>
            <source>No entries for this day. How are you now? Press Ctrl+N.</source>
            <translation>No hay anotaciones este día. ¿Cómo se encuentra ahora? Pulse Ctrl+N.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>How you were</source>
            <translation>Cómo se encontraba</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Entries during the day</source>
            <translation>Anotaciones durante el día</translation>
        </message>
        <message>
            <source>How are &amp;you now? (Ctrl+N)</source>
            <translation>¿Cómo se encuentra &amp;ahora? (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>Borrar la anotación</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>How are you now?</source>
            <translation>¿Cómo se encuentra ahora?</translation>
        </message>
        <message>
            <source>Any of the scales, or only a note: 0 = none, 10 = worst imaginable. Tab moves to the next, Ctrl+Enter saves.</source>
            <translation>Cualquiera de las escalas, o solo una nota: 0 = nada, 10 = lo peor imaginable. Tab pasa a la siguiente, Ctrl+Intro guarda.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>0 on a 0–10 scale</comment>
            <translation>nada</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <comment>10 on a 0–10 scale</comment>
            <translation>lo peor imaginable</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ota</translation>
        </message>
        <message>
            <source>give the time, like 09:30</source>
            <translation>indique la hora, por ejemplo 09:30</translation>
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
            <translation>debe ser uno de {choices}; se recibió {got}</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s) to {path}</source>
            <translation>
                <numerusform>Se exportó %n registro a {path}</numerusform>
                <numerusform>Se exportaron %n registros a {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name</source>
            <translation>{path} ya existe; elija otro nombre</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>the JSON backup {reason} (its photos are in it), so it could not be imported again. Keep a copy of the whole data folder instead, or export CSV for the records.</source>
            <translation>la copia de seguridad JSON {reason} (incluye las fotos), así que no se podría volver a importar. Guarde en su lugar una copia de toda la carpeta de datos, o exporte los registros en CSV.</translation>
        </message>
    </context>
    <context>
        <name>ExportsCard</name>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Archivos zip (*.zip)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Backups, check-in tables and health exports (*.json *.csv *.zip *.xml);;All files (*)</source>
            <translation>Copias de seguridad, tablas de registros y exportaciones de salud (*.json *.csv *.zip *.xml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>Your diary is exactly as it was. Fix these lines in the file and import it again.</source>
            <translation>Su diario está exactamente como estaba. Corrija estas líneas en el archivo e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>Problems found, one per line</source>
            <translation>Problemas encontrados, uno por línea</translation>
        </message>
        <message>
            <source>&amp;Copy the list</source>
            <translation>&amp;Copiar la lista</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Take your data out of dmtracker: a spreadsheet for yourself, a complete backup to move to another computer (it can be imported again), or a FHIR file for a health-record system. Deleted entries are left out, except in the backup.</source>
            <translation>Saque sus datos de dmtracker: una hoja de cálculo para usted, una copia de seguridad completa para llevarla a otro ordenador (se puede volver a importar) o un archivo FHIR para un sistema de historias clínicas. Las entradas borradas no se incluyen, salvo en la copia de seguridad.</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormato:</translation>
        </message>
        <message>
            <source>Export format</source>
            <translation>Formato de exportación</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Export to a file</source>
            <translation>Exportar a un archivo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Bring data in from a file:</source>
            <translation>Traer datos desde un archivo:</translation>
        </message>
        <message>
            <source>a complete backup (.json) made by dmtracker, into an empty diary;</source>
            <translation>una copia de seguridad completa (.json) hecha por dmtracker, a un diario vacío;</translation>
        </message>
        <message>
            <source>daily check-ins from a spreadsheet saved as CSV, with the columns of the check-in template (day as YYYY-MM-DD, scales 0–10, function items 0–3, notes);</source>
            <translation>registros diarios de una hoja de cálculo guardada como CSV, con las columnas de la plantilla de registros (día como AAAA-MM-DD, escalas 0–10, preguntas de función 0–3, notas);</translation>
        </message>
        <message>
            <source>weight and daily steps from a phone or a scale: Apple Health's export.zip, an openScale CSV export, or Google Fit's 'Daily activity metrics.csv' from Google Takeout.</source>
            <translation>el peso y los pasos diarios de un móvil o una báscula: el export.zip de Apple Health, una exportación CSV de openScale o el «Daily activity metrics.csv» de Google Fit desde Google Takeout.</translation>
        </message>
        <message>
            <source>If any row has a problem, nothing is imported and you get the list of lines to fix. Days already in your diary with the same values are skipped, and a day's steps or weight are never counted twice.</source>
            <translation>Si alguna fila tiene un problema, no se importa nada y recibe la lista de líneas que corregir. Los días que ya están en su diario con los mismos valores se omiten, y los pasos o el peso de un día nunca se cuentan dos veces.</translation>
        </message>
        <message>
            <source>Import a backup, check-ins, weight or steps</source>
            <translation>Importar una copia de seguridad, registros, peso o pasos</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>Importar un arc&amp;hivo…</translation>
        </message>
        <message>
            <source>Save the check-in &amp;template…</source>
            <translation>Guardar la p&amp;lantilla de registros…</translation>
        </message>
        <message>
            <source>Export your data</source>
            <translation>Exportar sus datos</translation>
        </message>
        <message>
            <source>Export not written</source>
            <translation>No se escribió la exportación</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Exportación terminada</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Escribiendo {file}…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>{path} could not be read: {reason}</source>
            <translation>No se pudo leer {path}: {reason}</translation>
        </message>
        <message>
            <source>The import was cancelled before it was saved: your diary is exactly as it was.</source>
            <translation>La importación se canceló antes de guardarse: su diario está exactamente como estaba.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>Save the check-in template</source>
            <translation>Guardar la plantilla de registros</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Template not saved</source>
            <translation>No se guardó la plantilla</translation>
        </message>
        <message>
            <source>Template saved</source>
            <translation>Plantilla guardada</translation>
        </message>
        <message>
            <source>The check-in template was saved to
{path}

Open it in your spreadsheet, keep the first line, replace the two example days with yours, save as CSV (UTF-8) and import it here.</source>
            <translation>La plantilla de registros se guardó en
{path}

Ábrala en su hoja de cálculo, deje la primera línea, sustituya los dos días de ejemplo por los suyos, guárdela como CSV (UTF-8) e impórtela aquí.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpCard</name>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Headache</source>
            <translation>Dolor de cabeza</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>Fiebre</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>How bad is it</source>
            <translation>Cómo de grave es</translation>
        </message>
        <message>
            <source>Nausea</source>
            <translation>Náuseas</translation>
        </message>
        <message>
            <source>Anything else</source>
            <translation>Algo más</translation>
        </message>
        <message>
            <source>none</source>
            <comment>0 on a 0–10 scale</comment>
            <translation>nada</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>5 on a 0–10 scale</comment>
            <translation>moderado</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <comment>10 on a 0–10 scale</comment>
            <translation>el peor imaginable</translation>
        </message>
        <message>
            <source>⚠ Any warning s&amp;igns? Show the list</source>
            <translation>⚠ ¿Señales de a&amp;larma? Ver la lista</translation>
        </message>
        <message>
            <source>⚠ Warning s&amp;igns: hide the list</source>
            <translation>⚠ Señales de a&amp;larma: ocultar la lista</translation>
        </message>
        <message>
            <source>For example chest pain, new or worse breathlessness, blue lips, a swollen painful leg, a drooping face, sudden confusion, a stiff neck, dark urine, much less urine, throat swelling, mouth ulcers or unusual bruising.</source>
            <translation>Por ejemplo, dolor en el pecho, falta de aire nueva o peor, labios azulados, una pierna hinchada y dolorosa, un lado de la cara caído, confusión repentina, rigidez de nuca, orina oscura, mucha menos orina, hinchazón de la garganta, llagas en la boca o moratones poco habituales.</translation>
        </message>
        <message>
            <source>After your infusion</source>
            <translation>Después de su infusión</translation>
        </message>
        <message>
            <source>Infusion follow-up</source>
            <translation>Seguimiento de la infusión</translation>
        </message>
        <message>
            <source>Fev&amp;er</source>
            <translation>&amp;Fiebre</translation>
        </message>
        <message>
            <source>Na&amp;usea or being sick</source>
            <translation>Náu&amp;seas o vómitos</translation>
        </message>
        <message>
            <source>e.g. chills, tiredness, rash – in your own words</source>
            <translation>p. ej., escalofríos, cansancio, erupción – con sus propias palabras</translation>
        </message>
        <message>
            <source>°C, e.g. 38.2</source>
            <translation>°C, p. ej. 38,2</translation>
        </message>
        <message>
            <source>Temperature in °C</source>
            <translation>Temperatura en °C</translation>
        </message>
        <message>
            <source>Te&amp;mperature (°C), if you measured it</source>
            <translation>Tem&amp;peratura (°C), si la ha medido</translation>
        </message>
        <message>
            <source>38.0 °C or more is a warning sign while you take medicines like prednisone or methotrexate.</source>
            <translation>38,0 °C o más es una señal de alarma mientras toma medicamentos como la prednisona (un corticoide) o el metotrexato.</translation>
        </message>
        <message>
            <source>Head&amp;ache (0 none – 10 worst)</source>
            <translation>Dolor de &amp;cabeza (0 nada – 10 el peor)</translation>
        </message>
        <message>
            <source>Anything e&amp;lse</source>
            <translation>&amp;Otra cosa</translation>
        </message>
        <message>
            <source>Urgent message</source>
            <translation>Mensaje urgente</translation>
        </message>
        <message>
            <source>Show the warning signs to tick</source>
            <translation>Mostrar las señales de alarma para marcarlas</translation>
        </message>
        <message>
            <source>Warning sign: {term}</source>
            <translation>Señal de alarma: {term}</translation>
        </message>
        <message>
            <source>Tick any you have now: the app shows at once what to do.</source>
            <translation>Marque las que tenga ahora: la aplicación le indica enseguida qué hacer.</translation>
        </message>
        <message>
            <source>– choose how bad it is –</source>
            <translation>– elija cómo de grave es –</translation>
        </message>
        <message>
            <source>Serious: I went to &amp;hospital, or it could have killed me</source>
            <translation>Grave: fui al &amp;hospital, o podría haberme matado</translation>
        </message>
        <message>
            <source>How &amp;bad is the warning sign?</source>
            <translation>¿Có&amp;mo de grave es la señal de alarma?</translation>
        </message>
        <message>
            <source>Save follo&amp;w-up</source>
            <translation>Guardar &amp;respuestas</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Day {offset} after infusion day {number} of {count} ({day}, {when}). How are you today?</source>
            <translation>Día {offset} después del día de infusión {number} de {count} ({day}, {when}). ¿Cómo se encuentra hoy?</translation>
        </message>
        <message>
            <source>day {offset} after infusion day {number}</source>
            <translation>día {offset} después del día de infusión {number}</translation>
        </message>
        <message>
            <source>This also answers {days}.</source>
            <translation>Con esto también queda respondido: {days}.</translation>
        </message>
        <message>
            <source> and </source>
            <comment>joins the days of a list</comment>
            <translation> y </translation>
        </message>
        <message>
            <source>Asked for 3 days after each infusion day; it takes a few seconds.</source>
            <translation>Se pregunta durante los 3 días siguientes a cada día de infusión; lleva unos segundos.</translation>
        </message>
        <message>
            <source>✓ Today's follow-up is saved. Thank you.</source>
            <translation>✓ Sus respuestas de hoy están guardadas. Gracias.</translation>
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
            <translation>ha elegido cambiar su respuesta; no se ha guardado nada</translation>
        </message>
        <message>
            <source>How bad is it: choose a grade for the warning sign (none is chosen for you)</source>
            <translation>Cómo de grave es: elija un grado para la señal de alarma (la aplicación no elige ninguno por usted)</translation>
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
            <translation>Problemas del formulario</translation>
        </message>
        <message>
            <source>Form status</source>
            <translation>Estado del formulario</translation>
        </message>
        <message>
            <source>{prefix}. Please check:</source>
            <translation>{prefix}. Revise:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>Problem: {reason}</source>
            <translation>Problema: {reason}</translation>
        </message>
        <message>
            <source>computed by the app</source>
            <translation>calculado por la aplicación</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>must be a time like 09:30, got {text!r}</source>
            <translation>debe ser una hora como 09:30; se escribió {text!r}</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>HaqDialog</name>
        <message>
            <source>No validated {language} translation of the HAQ-DI is included in dmtracker, so its questions are shown in the English original. Your clinic may give you its validated version.</source>
            <extracomment>The two pages of the Stanford HAQ: items of four categories, then aids and help for them.</extracomment>
            <translation>dmtracker no incluye una traducción validada del HAQ-DI al {language}, por eso las preguntas se muestran en su versión original en inglés. Su centro médico puede darle la versión validada.</translation>
        </message>
        <message>
            <source>Edit HAQ-DI answers</source>
            <translation>Editar las respuestas del HAQ-DI</translation>
        </message>
        <message>
            <source>HAQ-DI questionnaire</source>
            <translation>Cuestionario HAQ-DI</translation>
        </message>
        <message>
            <source>&amp;Date answered</source>
            <translation>&amp;Fecha de las respuestas</translation>
        </message>
        <message>
            <source>Tab moves to the next question; the arrow keys or 0–3 choose an answer; Delete clears it. The aids and help come after the questions.</source>
            <translation>Tabulador pasa a la siguiente pregunta; las flechas o 0–3 eligen una respuesta; Supr la borra. Las ayudas técnicas y la ayuda de otra persona vienen después de las preguntas.</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>HAQ-DI score</source>
            <translation>Puntuación del HAQ-DI</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>Item {number}, {question} {answer}</source>
            <translation>Pregunta {number}, {question} {answer}</translation>
        </message>
        <message>
            <source>Aids or devices, and help from another person</source>
            <translation>Ayudas técnicas y ayuda de otra persona</translation>
        </message>
        <message>
            <source>Aid or device for {category}: {devices}</source>
            <translation>Ayuda técnica para {category}: {devices}</translation>
        </message>
        <message>
            <source>Help from another person for {category}</source>
            <translation>Ayuda de otra persona para {category}</translation>
        </message>
        <message>
            <source>HAQ-DI: not scored yet – it needs answers in at least {least} of the 8 categories ({answered} so far; {items} of 20 items answered).</source>
            <translation>HAQ-DI: aún sin calcular – necesita respuestas en al menos {least} de las 8 categorías ({answered} hasta ahora; {items} de 20 preguntas respondidas).</translation>
        </message>
        <message>
            <source>HAQ-DI {score} (computed by the app; {answered} of 8 categories, {items} of 20 items answered)</source>
            <translation>HAQ-DI {score} (calculado por la aplicación; {answered} de 8 categorías, {items} de 20 preguntas respondidas)</translation>
        </message>
        <message>
            <source>answer at least one question</source>
            <translation>responda al menos una pregunta</translation>
        </message>
    </context>
    <context>
        <name>HealthImport</name>
        <message>
            <source>holds one element, text or comment of more than {limit} MB, which an Apple Health export never does (a damaged or forged file)</source>
            <translation>contiene un elemento, texto o comentario de más de {limit} MB, algo que una exportación de Apple Health nunca hace (un archivo dañado o falsificado)</translation>
        </message>
        <message>
            <source>is {size} MB, larger than the {limit} MB an Apple Health export is read up to</source>
            <translation>ocupa {size} MB, más que los {limit} MB hasta los que se lee una exportación de Apple Health</translation>
        </message>
        <message>
            <source>has no apple_health_export/export.xml: is it the export.zip of the Health app?</source>
            <translation>no contiene apple_health_export/export.xml: ¿es el export.zip de la app Salud?</translation>
        </message>
        <message>
            <source>is a damaged zip file ({reason})</source>
            <translation>es un archivo ZIP dañado ({reason})</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>holds {size} MB of XML, more than the {limit} MB an Apple Health export is read up to (a damaged or forged file)</source>
            <translation>contiene {size} MB de XML, más que los {limit} MB hasta los que se lee una exportación de Apple Health (un archivo dañado o falsificado)</translation>
        </message>
        <message>
            <source>declares XML entities ({what}), which an Apple Health export never does: an XML bomb or a forged file, not read</source>
            <translation>declara entidades XML ({what}), algo que una exportación de Apple Health nunca hace: una bomba XML o un archivo falsificado; no se lee</translation>
        </message>
        <message>
            <source>is not well-formed XML at column {column} ({reason})</source>
            <translation>no es XML válido en la columna {column} ({reason})</translation>
        </message>
        <message>
            <source>nests more than {depth} elements deep or holds more than {most} in one record (after record {n}), which an Apple Health export never does (a damaged or forged file)</source>
            <translation>anida elementos a más de {depth} niveles o contiene más de {most} en un registro (después del registro {n}), algo que una exportación de Apple Health nunca hace (un archivo dañado o falsificado)</translation>
        </message>
        <message>
            <source>is not an Apple Health export (it does not start with &lt;HealthData&gt;)</source>
            <translation>no es una exportación de Apple Health (no empieza por &lt;HealthData&gt;)</translation>
        </message>
        <message>
            <source>record {n} ({kind}, {start})</source>
            <translation>registro {n} ({kind}, {start})</translation>
        </message>
        <message>
            <source>{value} is not a date</source>
            <translation>{value} no es una fecha</translation>
        </message>
        <message>
            <source>{value} is not a number of steps</source>
            <translation>{value} no es un número de pasos</translation>
        </message>
        <message>
            <source>steps from more than {most} sources and days: not an export of one person</source>
            <translation>pasos de más de {most} fuentes y días: no es la exportación de una sola persona</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} no es un número</translation>
        </message>
        <message>
            <source>{unit} is not a unit of weight (kg, lb, st or g)</source>
            <translation>{unit} no es una unidad de peso (kg, lb, st o g)</translation>
        </message>
        <message>
            <source>{kg} kg is not a body weight (it must be {lo} to {hi} kg)</source>
            <translation>{kg} kg no es un peso corporal (debe estar entre {lo} y {hi} kg)</translation>
        </message>
        <message>
            <source>{day} is before {earliest}</source>
            <translation>{day} es anterior al {earliest}</translation>
        </message>
        <message>
            <source>{day} is in the future</source>
            <translation>{day} está en el futuro</translation>
        </message>
        <message>
            <source>{steps} steps on {day} is more than {most} steps a day can hold</source>
            <translation>{steps} pasos el {day} son más de los {most} pasos que caben en un día</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {at}); save it again as UTF-8</source>
            <translation>no es texto UTF-8 (byte {at}); guárdelo de nuevo como UTF-8</translation>
        </message>
        <message>
            <source>the file has more than {rows} lines</source>
            <translation>el archivo tiene más de {rows} líneas</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({reason})</source>
            <translation>no se puede leer como CSV ({reason})</translation>
        </message>
        <message>
            <source>is a zip of {entries} files, more than the {most} an export holds (a damaged or forged file)</source>
            <translation>es un ZIP de {entries} archivos, más que los {most} que contiene una exportación (un archivo dañado o falsificado)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>the header has no such column</source>
            <translation>la cabecera no tiene esa columna</translation>
        </message>
        <message>
            <source>the header has neither a '{steps}' nor a '{weight}' column</source>
            <translation>la cabecera no tiene ninguna columna «{steps}» ni «{weight}»</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>aparece dos veces en la cabecera</translation>
        </message>
        <message>
            <source>there are no lines below the header</source>
            <translation>no hay líneas debajo de la cabecera</translation>
        </message>
        <message>
            <source>has no 'Daily activity metrics.csv': is it a Google Takeout of Fit?</source>
            <translation>no contiene «Daily activity metrics.csv»: ¿es un Google Takeout de Fit?</translation>
        </message>
        <message>
            <source>is larger than the {limit} MB an import reads</source>
            <translation>ocupa más de los {limit} MB que lee una importación</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>{day} is also on line {other}</source>
            <translation>{day} también está en la línea {other}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message numerus="yes">
            <source>steps: %n new day(s), {merged} updated to a larger count, {unchanged} already in the diary</source>
            <translation>
                <numerusform>pasos: %n día nuevo, {merged} actualizados a una cifra mayor, {unchanged} ya en el diario</numerusform>
                <numerusform>pasos: %n días nuevos, {merged} actualizados a una cifra mayor, {unchanged} ya en el diario</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>weights: %n new; days that already had a weight, left as they are: {already}</source>
            <translation>
                <numerusform>peso: %n valor nuevo; días que ya tenían un peso y se dejan como estaban: {already}</numerusform>
                <numerusform>peso: %n valores nuevos; días que ya tenían un peso y se dejan como estaban: {already}</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: {steps}; {weights}</source>
            <translation>{file}: {steps}; {weights}</translation>
        </message>
        <message>
            <source>is not a column of an openScale export (its columns: {all})</source>
            <translation>no es una columna de una exportación de openScale (sus columnas: {all})</translation>
        </message>
        <message>
            <source>{value} is not a date and time (like 31.12.2026 08:15)</source>
            <translation>{value} no es una fecha con hora (como 31.12.2026 08:15)</translation>
        </message>
        <message>
            <source>does not exist</source>
            <translation>no existe</translation>
        </message>
        <message>
            <source>is not an Apple Health export (export.zip or export.xml), an openScale CSV export or Google Fit's 'Daily activity metrics.csv'</source>
            <translation>no es una exportación de Apple Health (export.zip o export.xml), ni una exportación CSV de openScale, ni el «Daily activity metrics.csv» de Google Fit</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>{count} (highest: {scale} {value})</source>
            <translation>{count} (máximo: {scale} {value})</translation>
        </message>
        <message>
            <source>Filter: a date like 2026-03, a word from the notes…</source>
            <translation>Filtro: una fecha como 03/2026, una palabra de las notas…</translation>
        </message>
        <message>
            <source>Filter the history by text</source>
            <translation>Filtrar el historial por texto</translation>
        </message>
        <message>
            <source>Filte&amp;r:</source>
            <translation>&amp;Filtro:</translation>
        </message>
        <message>
            <source>Only fro&amp;m</source>
            <translation>&amp;Solo desde</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha inicial</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Fecha final</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <comment>from one date to another</comment>
            <translation>&amp;hasta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Self-tests</source>
            <translation>Autopruebas</translation>
        </message>
        <message>
            <source>Rash score</source>
            <translation>Puntuación de la erupción</translation>
        </message>
        <message>
            <source>{label}: redness + scaling + 2 per open sore, over the sites</source>
            <translation>{label}: enrojecimiento + descamación + 2 por cada llaga abierta, sumado en todas las zonas</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Anotaciones</translation>
        </message>
        <message>
            <source>Entries during the day: how many, and the highest value of the day</source>
            <translation>Anotaciones durante el día: cuántas, y el valor más alto del día</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Logged days</source>
            <translation>Días registrados</translation>
        </message>
        <message>
            <source>&amp;Open the day (Enter)</source>
            <translation>A&amp;brir el día (Intro)</translation>
        </message>
        <message>
            <source>&amp;Delete the day (Delete)</source>
            <translation>&amp;Eliminar el día (Supr)</translation>
        </message>
        <message>
            <source>&amp;Undo (Ctrl+Z)</source>
            <translation>&amp;Deshacer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Deleted {day}. Ctrl+Z brings it back.</source>
            <translation>Día {day} eliminado. Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>No se puede deshacer</translation>
        </message>
        <message>
            <source>Restored {day}.</source>
            <translation>Día {day} recuperado.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>is {size}, larger than the {limit} an import reads</source>
            <translation>ocupa {size}, más de los {limit} que lee una importación</translation>
        </message>
        <message>
            <source>cannot be read ({error})</source>
            <translation>no se puede leer ({error})</translation>
        </message>
        <message>
            <source>is larger than the {limit} an import reads</source>
            <translation>ocupa más de los {limit} que lee una importación</translation>
        </message>
        <message>
            <source>holds more than {n:,} records</source>
            <translation>contiene más de {n} registros</translation>
        </message>
        <message>
            <source>holds more than {n:,} values</source>
            <translation>contiene más de {n} valores</translation>
        </message>
        <message>
            <source>is not UTF-8 text, so it is not a dmtracker backup</source>
            <translation>no es texto UTF-8, así que no es una copia de seguridad de dmtracker</translation>
        </message>
        <message>
            <source>holds more text than an import reads</source>
            <translation>contiene más texto del que lee una importación</translation>
        </message>
        <message>
            <source>would be {size}, larger than the {limit} an import reads</source>
            <translation>ocuparía {size}, más de los {limit} que lee una importación</translation>
        </message>
        <message>
            <source>would hold more than {n:,} records</source>
            <translation>contendría más de {n} registros</translation>
        </message>
        <message>
            <source>would hold more than {n:,} values</source>
            <translation>contendría más de {n} valores</translation>
        </message>
        <message>
            <source>is not valid JSON ({error}, column {column})</source>
            <translation>no es JSON válido ({error}, columna {column})</translation>
        </message>
        <message>
            <source>is nested too deeply (more than {n} levels)</source>
            <translation>está anidado demasiado (más de {n} niveles)</translation>
        </message>
        <message>
            <source>holds a number with too many digits</source>
            <translation>contiene un número con demasiadas cifras</translation>
        </message>
        <message>
            <source>holds text that is not valid Unicode (a lone surrogate) in {text!r}</source>
            <translation>contiene texto que no es Unicode válido (un sustituto suelto) en {text!r}</translation>
        </message>
        <message>
            <source>does not exist</source>
            <translation>no existe</translation>
        </message>
        <message>
            <source>{source} is already in this diary: nothing was changed</source>
            <translation>{source} ya está en este diario: no se ha cambiado nada</translation>
        </message>
        <message>
            <source>this diary already has records. A backup is imported only into an empty diary (so nothing is mixed up or duplicated). To go back to an earlier copy of this diary, restore a backup instead; to add days from a spreadsheet, import a check-in CSV. (In the demo profile, choose 'Start my own diary' first.)</source>
            <translation>este diario ya tiene registros. Una copia de seguridad solo se importa en un diario vacío (para que nada se mezcle ni se duplique). Para volver a una copia anterior de este diario, restaure una copia de seguridad; para añadir días desde una hoja de cálculo, importe un CSV de registros del día. (En el perfil de demostración, elija antes «Empezar mi propio diario»).</translation>
        </message>
        <message>
            <source>breaks a rule of the database ({reason})</source>
            <translation>incumple una regla de la base de datos ({reason})</translation>
        </message>
        <message>
            <source>Imported {total:,} records from {source} and {photos} photos</source>
            <translation>Se han importado {total} registros y {photos} fotos de {source}</translation>
        </message>
        <message>
            <source>Imported {total:,} records from {source}</source>
            <translation>Se han importado {total} registros de {source}</translation>
        </message>
        <message>
            <source>is not a dmtracker backup (no "format": "{name}")</source>
            <translation>no es una copia de seguridad de dmtracker (sin "format": "{name}")</translation>
        </message>
        <message>
            <source>must be a whole number, got {value!r}</source>
            <translation>debe ser un número entero; se indicó {value!r}</translation>
        </message>
        <message>
            <source>this backup was written by a newer dmtracker (backup format {version}); this version reads format {known}. Install the newer version to import it.</source>
            <translation>esta copia de seguridad la escribió un dmtracker más nuevo (formato {version}); esta versión lee el formato {known}. Instale la versión más nueva para importarla.</translation>
        </message>
        <message>
            <source>this backup holds data of database schema {revision!r}, which this version of dmtracker does not know (it may be newer). Install the newer version.</source>
            <translation>esta copia de seguridad contiene datos del esquema de base de datos {revision!r}, que esta versión de dmtracker no conoce (puede ser más nuevo). Instale la versión más nueva.</translation>
        </message>
        <message>
            <source>is missing or is not an object of tables</source>
            <translation>falta o no es un objeto de tablas</translation>
        </message>
        <message>
            <source>has an unknown table {name!r}</source>
            <translation>tiene una tabla desconocida {name!r}</translation>
        </message>
        <message>
            <source>must be a list of records</source>
            <translation>debe ser una lista de registros</translation>
        </message>
        <message>
            <source>must be an object of column values</source>
            <translation>debe ser un objeto de valores de columna</translation>
        </message>
        <message>
            <source>{value!r} appears twice in {table}</source>
            <translation>{value!r} aparece dos veces en {table}</translation>
        </message>
        <message>
            <source>refers to {table} {id}, which is missing</source>
            <translation>remite a {table} {id}, que falta</translation>
        </message>
        <message>
            <source>repeats {record} ({columns})</source>
            <translation>repite {record} ({columns})</translation>
        </message>
        <message>
            <source>{table} record {n}</source>
            <translation>{table} registro {n}</translation>
        </message>
        <message>
            <source>{table} record {n}, {key} {id}</source>
            <translation>{table} registro {n}, {key} {id}</translation>
        </message>
        <message>
            <source>is not a column of {table}</source>
            <translation>no es una columna de {table}</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <source>photo {n}</source>
            <comment>the place of a problem</comment>
            <translation>foto {n}</translation>
        </message>
        <message>
            <source>must be an object with path, sha256 and data</source>
            <translation>debe ser un objeto con path, sha256 y data</translation>
        </message>
        <message>
            <source>a {type}</source>
            <comment>a value of a JSON type</comment>
            <translation>un {type}</translation>
        </message>
        <message>
            <source>{value} is not the photo of any rash entry</source>
            <translation>{value} no es la foto de ninguna entrada de erupción</translation>
        </message>
        <message>
            <source>is not base64 text</source>
            <translation>no es texto base64</translation>
        </message>
        <message>
            <source>{file} is larger than 40 MB</source>
            <translation>{file} ocupa más de 40 MB</translation>
        </message>
        <message>
            <source>does not match the checksum of {file}</source>
            <translation>no coincide con la suma de comprobación de {file}</translation>
        </message>
        <message>
            <source>{file} already exists with other content</source>
            <translation>{file} ya existe con otro contenido</translation>
        </message>
        <message>
            <source>must be a photo path like photos/2026/name.png, got {value!r}</source>
            <translation>debe ser una ruta de foto como photos/2026/name.png; se indicó {value!r}</translation>
        </message>
        <message>
            <source>must be 64 lower-case hexadecimal digits</source>
            <translation>debe tener 64 dígitos hexadecimales en minúscula</translation>
        </message>
        <message>
            <source>must be a LOINC code like 2157-6, got {value!r}</source>
            <translation>debe ser un código LOINC como 2157-6; se indicó {value!r}</translation>
        </message>
        <message>
            <source>must be text of at most 120 characters</source>
            <translation>debe ser un texto de 120 caracteres como máximo</translation>
        </message>
        <message>
            <source>{column} {here} here, {there} in the diary</source>
            <translation>{column} aquí {here}, en el diario {there}</translation>
        </message>
        <message>
            <source>{day} already has a check-in with other values ({differences}). Change that day in the app, or remove this line.</source>
            <translation>el {day} ya tiene un registro del día con otros valores ({differences}). Cambie ese día en la aplicación o quite esta línea.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n check-in(s) from {source}; {skipped:,} days were already in the diary with the same values</source>
            <translation>
                <numerusform>Se ha importado %n registro del día de {source}; {skipped} días ya estaban en el diario con los mismos valores</numerusform>
                <numerusform>Se han importado %n registros del día de {source}; {skipped} días ya estaban en el diario con los mismos valores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n check-in(s) from {source}</source>
            <translation>
                <numerusform>Se ha importado %n registro del día de {source}</numerusform>
                <numerusform>Se han importado %n registros del día de {source}</numerusform>
            </translation>
        </message>
        <message>
            <source>the file is empty; its first line must name the columns: {columns}</source>
            <translation>el archivo está vacío; su primera línea debe nombrar las columnas: {columns}</translation>
        </message>
        <message>
            <source>has more than {n:,} cells</source>
            <translation>tiene más de {n} celdas</translation>
        </message>
        <message>
            <source>is longer than {n:,} characters</source>
            <translation>tiene más de {n} caracteres</translation>
        </message>
        <message>
            <source>the file has more than {n:,} rows</source>
            <translation>el archivo tiene más de {n} filas</translation>
        </message>
        <message>
            <source>{day} is also on line {line}</source>
            <translation>el {day} también está en la línea {line}</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({error})</source>
            <translation>no se puede leer como CSV ({error})</translation>
        </message>
        <message>
            <source>there are no check-ins below the header line</source>
            <translation>no hay registros del día debajo de la línea de encabezado</translation>
        </message>
        <message>
            <source>is not a check-in column (the columns are: {columns})</source>
            <translation>no es una columna de los registros del día (las columnas son: {columns})</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>aparece dos veces en el encabezado</translation>
        </message>
        <message>
            <source>the header must have a 'day' column (dates as YYYY-MM-DD)</source>
            <translation>el encabezado debe tener una columna «day» (fechas como AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>a column in the header has no name</source>
            <translation>una columna del encabezado no tiene nombre</translation>
        </message>
        <message>
            <source>has {cells} cells but the header has {columns} columns</source>
            <translation>tiene {cells} celdas, pero el encabezado tiene {columns} columnas</translation>
        </message>
        <message>
            <source>has a value in a column without a name: {value!r}</source>
            <translation>tiene un valor en una columna sin nombre: {value!r}</translation>
        </message>
        <message>
            <source>is not UTF-8 text; save it as 'CSV UTF-8' and try again</source>
            <translation>no es texto UTF-8; guárdelo como «CSV UTF-8» y vuelva a intentarlo</translation>
        </message>
        <message>
            <source>(empty)</source>
            <comment>an empty cell of a CSV file</comment>
            <translation>(vacía)</translation>
        </message>
        <message>
            <source>file</source>
            <comment>the place of a problem: the file as a whole</comment>
            <translation>archivo</translation>
        </message>
        <message>
            <source>line {line} ({record})</source>
            <translation>línea {line} ({record})</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
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
                <numerusform>{source} no se ha importado (%n problema); no se ha cambiado nada</numerusform>
                <numerusform>{source} no se ha importado (%n problemas); no se ha cambiado nada</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message numerus="yes">
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>%n registro del día</numerusform>
                <numerusform>%n registros del día</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>entries during the day: %n</source>
            <translation>
                <numerusform>anotaciones durante el día: %n</numerusform>
                <numerusform>anotaciones durante el día: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weight(s)</source>
            <translation>
                <numerusform>%n peso</numerusform>
                <numerusform>%n pesos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) of steps</source>
            <translation>
                <numerusform>%n día de pasos</numerusform>
                <numerusform>%n días de pasos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n side effect(s)</source>
            <translation>
                <numerusform>%n efecto secundario</numerusform>
                <numerusform>%n efectos secundarios</numerusform>
            </translation>
        </message>
        <message>
            <source>is not a folder: {path}</source>
            <translation>no es una carpeta: {path}</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>Imported {file}: {what}</source>
            <translation>{file} importado: {what}</translation>
        </message>
        <message>
            <source>Rejected in the review list (no problems were found).</source>
            <translation>Rechazado en la lista de revisión (no se encontraron problemas).</translation>
        </message>
        <message>
            <source>from the inbox ({device})</source>
            <translation>de la carpeta de entrada ({device})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>is {kind!r}; it must be entry, weight, steps or side_effect</source>
            <translation>es {kind!r}; debe ser entry, weight, steps o side_effect</translation>
        </message>
        <message>
            <source>is not a field of a {kind} record</source>
            <translation>no es un campo de un registro {kind}</translation>
        </message>
        <message>
            <source>is also on line {line}</source>
            <translation>también está en la línea {line}</translation>
        </message>
        <message>
            <source>the first line must be the header {"format": "dmtracker-inbox", "version": 1, "device": "…"}</source>
            <translation>la primera línea debe ser la cabecera {"format": "dmtracker-inbox", "version": 1, "device": "…"}</translation>
        </message>
        <message>
            <source>must be 1 (this app reads version 1), got {value!r}</source>
            <translation>debe ser 1 (esta aplicación lee la versión 1), se indicó {value!r}</translation>
        </message>
        <message>
            <source>must be 1–40 letters, digits, -, _ or . naming the device, got {value!r}</source>
            <translation>debe nombrar el dispositivo con 1–40 letras, cifras, -, _ o ., se indicó {value!r}</translation>
        </message>
        <message>
            <source>the line is longer than {n:,} characters</source>
            <translation>la línea tiene más de {n:,} caracteres</translation>
        </message>
        <message>
            <source>is not one JSON object on one line</source>
            <translation>no es un objeto JSON en una línea</translation>
        </message>
        <message>
            <source>is required (1–4)</source>
            <translation>es obligatorio (1–4)</translation>
        </message>
        <message>
            <source>give either kg or lb</source>
            <translation>indique kg o lb, no ambos</translation>
        </message>
        <message>
            <source>{day} is in the file twice</source>
            <translation>{day} aparece dos veces en el archivo</translation>
        </message>
    </context>
    <context>
        <name>InboxCard</name>
        <message numerus="yes">
            <source>✗ {file}: %n problem(s), it cannot be imported</source>
            <translation>
                <numerusform>✗ {file}: %n problema, no se puede importar</numerusform>
                <numerusform>✗ {file}: %n problemas, no se puede importar</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nada nuevo</translation>
        </message>
        <message>
            <source>✓ {file}: {what}</source>
            <translation>✓ {file}: {what}</translation>
        </message>
        <message>
            <source>⚠ warning sign: {signs}</source>
            <translation>⚠ señal de alarma: {signs}</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Carpeta de entrada</translation>
        </message>
        <message>
            <source>Files a phone, a tablet or another computer puts into a folder you choose (with Syncthing, Nextcloud, a USB stick …): check-in tables (.csv) and entries, weights, steps and side effects (.jsonl). Each file is checked first; nothing is saved before you accept it. Accepted files move to done/, rejected ones to rejected/ with the reasons.</source>
            <translation>Archivos que un móvil, una tableta u otro ordenador deja en una carpeta que usted elige (con Syncthing, Nextcloud, una memoria USB …): tablas de registros del día (.csv) y anotaciones, pesos, pasos y efectos secundarios (.jsonl). Cada archivo se comprueba primero; no se guarda nada antes de que usted lo acepte. Los archivos aceptados pasan a done/, los rechazados a rejected/ con los motivos.</translation>
        </message>
        <message>
            <source>Files in the inbox</source>
            <translation>Archivos en la carpeta de entrada</translation>
        </message>
        <message>
            <source>The selected file: what it holds or its problems</source>
            <translation>El archivo seleccionado: qué contiene o sus problemas</translation>
        </message>
        <message>
            <source>Choose the inbox folder…</source>
            <translation>Elegir la carpeta de entrada…</translation>
        </message>
        <message>
            <source>Refresh the list</source>
            <translation>Actualizar la lista</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Aceptar todos</translation>
        </message>
        <message>
            <source>Accept selected</source>
            <translation>Aceptar los seleccionados</translation>
        </message>
        <message>
            <source>Re&amp;ject selected</source>
            <translation>Rec&amp;hazar los seleccionados</translation>
        </message>
        <message>
            <source>Choose the inbox folder</source>
            <translation>Elegir la carpeta de entrada</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>No inbox folder chosen yet.</source>
            <translation>Todavía no se ha elegido una carpeta de entrada.</translation>
        </message>
        <message>
            <source>The inbox folder {folder} cannot be found.</source>
            <translation>No se encuentra la carpeta de entrada {folder}.</translation>
        </message>
        <message>
            <source>Inbox folder: {folder}</source>
            <translation>Carpeta de entrada: {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) to review.</source>
            <translation>
                <numerusform>%n archivo por revisar.</numerusform>
                <numerusform>%n archivos por revisar.</numerusform>
            </translation>
        </message>
        <message>
            <source>No files waiting.</source>
            <translation>No hay archivos pendientes.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still arriving.</source>
            <translation>
                <numerusform>%n archivo todavía llegando.</numerusform>
                <numerusform>%n archivos todavía llegando.</numerusform>
            </translation>
        </message>
        <message>
            <source>From the device {device}.</source>
            <translation>Del dispositivo {device}.</translation>
        </message>
        <message>
            <source>Nothing to accept: the chosen files have problems.</source>
            <translation>Nada que aceptar: los archivos elegidos tienen problemas.</translation>
        </message>
        <message>
            <source>Some files were not imported</source>
            <translation>Algunos archivos no se importaron</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>Importando %n archivo…</numerusform>
                <numerusform>Importando %n archivos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n file(s) to rejected/.</source>
            <translation>
                <numerusform>%n archivo movido a rejected/.</numerusform>
                <numerusform>%n archivos movidos a rejected/.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Infusion</name>
        <message>
            <source>{per_hour} mL/h at {weight} kg is {rate} mL/kg/min, above the {highest} mL/kg/min the app accepts</source>
            <translation>{per_hour} mL/h con {weight} kg son {rate} mL/kg/min, más de los {highest} mL/kg/min que acepta la aplicación</translation>
        </message>
        <message>
            <source>a dose of {dose} g/kg must be split over {fewest}–{most} consecutive days (Octagam 10% label); a single day is only for up to {maintenance} g/kg (maintenance)</source>
            <translation>una dosis de {dose} g/kg debe repartirse en {fewest}–{most} días seguidos (ficha técnica de Octagam 10 %); un solo día solo es posible hasta {maintenance} g/kg (mantenimiento)</translation>
        </message>
        <message>
            <source>{start} mL/kg/min is above max_rate {top} mL/kg/min</source>
            <translation>{start} mL/kg/min supera la velocidad máxima de {top} mL/kg/min</translation>
        </message>
        <message>
            <source>must be greater than 0 when the start rate is below the maximum rate</source>
            <translation>debe ser mayor que 0 si la velocidad inicial es menor que la velocidad máxima</translation>
        </message>
        <message>
            <source>max rate {top} mL/kg/min is above the label cap of {cap} mL/kg/min for patients at risk of thrombosis or kidney problems</source>
            <translation>la velocidad máxima de {top} mL/kg/min supera el límite de la ficha técnica de {cap} mL/kg/min para pacientes con riesgo de coágulos de sangre (trombosis) o de problemas de riñón</translation>
        </message>
        <message>
            <source>max rate {top} mL/kg/min is above the label cap of {cap} mL/kg/min for dermatomyositis</source>
            <translation>la velocidad máxima de {top} mL/kg/min supera el límite de la ficha técnica de {cap} mL/kg/min en la dermatomiositis</translation>
        </message>
        <message>
            <source>start rate {start} mL/kg/min is above the label starting rate of {label} mL/kg/min</source>
            <translation>la velocidad inicial de {start} mL/kg/min supera la velocidad inicial de la ficha técnica de {label} mL/kg/min</translation>
        </message>
        <message>
            <source>{day} is before this course ({start}): check the date, choose the course it belongs to, or plan a course that starts on that day</source>
            <extracomment>How far an infusion day may lie before or after its course's planned days (rescheduling).</extracomment>
            <translation>{day} es anterior a este ciclo ({start}): revise la fecha, elija el ciclo al que pertenece o planifique un ciclo que empiece ese día</translation>
        </message>
        <message>
            <source>{day} is before this course ({start} to {end}): check the date, choose the course it belongs to, or plan a course that starts on that day</source>
            <translation>{day} es anterior a este ciclo ({start} a {end}): revise la fecha, elija el ciclo al que pertenece o planifique un ciclo que empiece ese día</translation>
        </message>
        <message>
            <source>{day} is after this course ({start}): check the date, choose the course it belongs to, or plan a course that starts on that day</source>
            <translation>{day} es posterior a este ciclo ({start}): revise la fecha, elija el ciclo al que pertenece o planifique un ciclo que empiece ese día</translation>
        </message>
        <message>
            <source>{day} is after this course ({start} to {end}): check the date, choose the course it belongs to, or plan a course that starts on that day</source>
            <translation>{day} es posterior a este ciclo ({start} a {end}): revise la fecha, elija el ciclo al que pertenece o planifique un ciclo que empiece ese día</translation>
        </message>
        <message>
            <source>{dose} g/kg is above the {label} g/kg per course of the label and above {confirm} g/kg: confirm it</source>
            <translation>{dose} g/kg supera los {label} g/kg por ciclo de la ficha técnica y supera {confirm} g/kg: confírmelo</translation>
        </message>
        <message>
            <source>{dose} g/kg is above the {label} g/kg per course of the label</source>
            <translation>{dose} g/kg supera los {label} g/kg por ciclo de la ficha técnica</translation>
        </message>
    </context>
    <context>
        <name>InfusionDialog</name>
        <message>
            <source>today</source>
            <comment>the latest date allowed</comment>
            <translation>hoy</translation>
        </message>
        <message>
            <source>plan and save a course first (Plan course tab)</source>
            <translation>primero planifique y guarde un ciclo (pestaña «Planificar ciclo»)</translation>
        </message>
        <message>
            <source>No course yet</source>
            <translation>Aún no hay ciclo</translation>
        </message>
        <message>
            <source>planned: {grams} = {millilitres} a day</source>
            <translation>previsto: {grams} = {millilitres} al día</translation>
        </message>
        <message>
            <source>enter the weight used and the total volume first</source>
            <translation>primero escriba el peso usado y el volumen total</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Sin plan</translation>
        </message>
        <message>
            <source>no earlier infusion day is recorded</source>
            <translation>no hay ningún día de infusión anterior registrado</translation>
        </message>
        <message>
            <source>Nothing to copy</source>
            <translation>Nada que copiar</translation>
        </message>
        <message>
            <source>Filled in from {date} (day {number} of {days}). Check the lot number and times.</source>
            <translation>Rellenado a partir del {date} (día {number} de {days}). Compruebe el número de lote y las horas.</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Day number</source>
            <translation>Número de día</translation>
        </message>
        <message>
            <source>Days in the course</source>
            <translation>Días del ciclo</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Concentration</source>
            <translation>Concentración</translation>
        </message>
        <message>
            <source>Lot number</source>
            <translation>Número de lote</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Caducidad</translation>
        </message>
        <message>
            <source>Dose given</source>
            <translation>Dosis administrada</translation>
        </message>
        <message>
            <source>Weight used</source>
            <translation>Peso usado</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>Stop time</source>
            <translation>Hora de fin</translation>
        </message>
        <message>
            <source>Total volume</source>
            <translation>Volumen total</translation>
        </message>
        <message>
            <source>Hydration</source>
            <translation>Hidratación</translation>
        </message>
        <message>
            <source>Hydration notes</source>
            <translation>Notas sobre la hidratación</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Nurse / site</source>
            <translation>Enfermero/a / centro</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Rate step (mL/h)</source>
            <translation>Paso de velocidad (mL/h)</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <comment>how a time is typed</comment>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>From minute</source>
            <translation>Desde el minuto</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>e.g. Paracetamol</source>
            <translation>p. ej. paracetamol</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>BP upper</source>
            <translation>TA alta</translation>
        </message>
        <message>
            <source>BP lower</source>
            <translation>TA baja</translation>
        </message>
        <message>
            <source>Pulse</source>
            <translation>Pulso</translation>
        </message>
        <message>
            <source>Temp °C</source>
            <translation>Temp. °C</translation>
        </message>
        <message>
            <source>SpO₂ %</source>
            <translation>SpO₂ en %</translation>
        </message>
        <message>
            <source>rate</source>
            <comment>a column in an error message</comment>
            <translation>velocidad</translation>
        </message>
        <message>
            <source>Rate step</source>
            <translation>Paso de velocidad</translation>
        </message>
        <message>
            <source>from minute</source>
            <translation>desde el minuto</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unidad</translation>
        </message>
        <message>
            <source>Premedication</source>
            <translation>Premedicación</translation>
        </message>
        <message>
            <source>drug</source>
            <translation>medicamento</translation>
        </message>
        <message>
            <source>dose</source>
            <translation>dosis</translation>
        </message>
        <message>
            <source>time</source>
            <translation>hora</translation>
        </message>
        <message>
            <source>Vital signs</source>
            <translation>Constantes vitales</translation>
        </message>
        <message>
            <source>when</source>
            <translation>cuándo</translation>
        </message>
        <message>
            <source>pulse</source>
            <translation>pulso</translation>
        </message>
        <message>
            <source>temperature</source>
            <translation>temperatura</translation>
        </message>
        <message>
            <source>breathing rate</source>
            <translation>frecuencia respiratoria</translation>
        </message>
        <message numerus="yes">
            <source>Course from {start} · %n day(s) · {per_kg} · {total}</source>
            <translation>
                <numerusform>Ciclo desde el {start} · %n día · {per_kg} · {total}</numerusform>
                <numerusform>Ciclo desde el {start} · %n días · {per_kg} · {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit infusion day</source>
            <translation>Editar día de infusión</translation>
        </message>
        <message>
            <source>Record an infusion day</source>
            <translation>Registrar un día de infusión</translation>
        </message>
        <message>
            <source>Which day</source>
            <translation>Qué día</translation>
        </message>
        <message>
            <source>of </source>
            <comment>before the number of days in the course</comment>
            <translation>de </translation>
        </message>
        <message>
            <source>Date of the infusion</source>
            <translation>Fecha de la infusión</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Ciclo</translation>
        </message>
        <message>
            <source>Day &amp;number</source>
            <translation>Número de &amp;día</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>Product, dose and times</source>
            <translation>Producto, dosis y horas</translation>
        </message>
        <message>
            <source>P&amp;roduct</source>
            <translation>&amp;Producto</translation>
        </message>
        <message>
            <source>Concentration (%)</source>
            <translation>Concentración (%)</translation>
        </message>
        <message>
            <source>Concentration in %</source>
            <translation>Concentración en %</translation>
        </message>
        <message>
            <source>&amp;Lot number</source>
            <translation>Número de &amp;lote</translation>
        </message>
        <message>
            <source>E&amp;xpiry</source>
            <translation>C&amp;aducidad</translation>
        </message>
        <message>
            <source>Expiry date, {pattern}</source>
            <translation>Fecha de caducidad, {pattern}</translation>
        </message>
        <message>
            <source>D&amp;ose given (g)</source>
            <translation>D&amp;osis administrada (g)</translation>
        </message>
        <message>
            <source>Dose given in g</source>
            <translation>Dosis administrada en g</translation>
        </message>
        <message>
            <source>&amp;Weight used (kg)</source>
            <translation>Peso &amp;usado (kg)</translation>
        </message>
        <message>
            <source>Weight used in kg</source>
            <translation>Peso usado en kg</translation>
        </message>
        <message>
            <source>Star&amp;t time</source>
            <translation>Hora de &amp;inicio</translation>
        </message>
        <message>
            <source>Start time, HH:MM</source>
            <translation>Hora de inicio, hh:mm</translation>
        </message>
        <message>
            <source>Stop t&amp;ime</source>
            <translation>Hora de fi&amp;n</translation>
        </message>
        <message>
            <source>Stop time, HH:MM</source>
            <translation>Hora de fin, hh:mm</translation>
        </message>
        <message>
            <source>Total &amp;volume (mL)</source>
            <translation>&amp;Volumen total (mL)</translation>
        </message>
        <message>
            <source>Total volume in mL</source>
            <translation>Volumen total en mL</translation>
        </message>
        <message>
            <source>Rate steps actually used</source>
            <translation>Pasos de velocidad usados realmente</translation>
        </message>
        <message>
            <source>Type each rate as the pump showed it, in mL/kg/min or mL/h; the other unit is worked out from the weight used. A rate above the label cap is saved but flagged.</source>
            <translation>Escriba cada velocidad tal como la mostraba la bomba, en mL/kg/min o mL/h; la otra unidad se calcula a partir del peso usado. Una velocidad por encima del máximo de la ficha técnica se guarda, pero queda marcada.</translation>
        </message>
        <message>
            <source>&amp;Add rate step</source>
            <translation>Añadir pa&amp;so de velocidad</translation>
        </message>
        <message>
            <source>Fill steps from the &amp;plan</source>
            <translation>&amp;Rellenar los pasos desde el plan</translation>
        </message>
        <message>
            <source>Add pre&amp;medication</source>
            <translation>Añadir pre&amp;medicación</translation>
        </message>
        <message>
            <source>Hydration and vital signs</source>
            <translation>Hidratación y constantes vitales</translation>
        </message>
        <message>
            <source>e.g. drank 500 mL water, or saline drip</source>
            <translation>p. ej. bebí 500 mL de agua, o suero salino</translation>
        </message>
        <message>
            <source>&amp;Hydration (mL)</source>
            <translation>&amp;Hidratación (mL)</translation>
        </message>
        <message>
            <source>Hydration in mL</source>
            <translation>Hidratación en mL</translation>
        </message>
        <message>
            <source>Add vital si&amp;gns</source>
            <translation>Añadir cons&amp;tantes vitales</translation>
        </message>
        <message>
            <source>Where, who and notes</source>
            <translation>Dónde, quién y notas</translation>
        </message>
        <message>
            <source>S&amp;etting</source>
            <translation>Lu&amp;gar</translation>
        </message>
        <message>
            <source>N&amp;urse / site</source>
            <translation>&amp;Enfermero/a / centro</translation>
        </message>
        <message>
            <source>Nurse or site</source>
            <translation>Enfermero/a o centro</translation>
        </message>
        <message>
            <source>&amp;Fill in as last time</source>
            <translation>Rellenar como la última ve&amp;z</translation>
        </message>
        <message>
            <source>above the label cap of {cap} mL/kg/min</source>
            <translation>por encima del máximo de la ficha técnica de {cap} mL/kg/min</translation>
        </message>
    </context>
    <context>
        <name>Infusions</name>
        <message>
            <source>the ideal weight (devine) needs your height and your sex (female or male) in the profile; the dose uses the actual weight until then</source>
            <translation>el peso ideal (Devine) necesita su estatura y su sexo (mujer u hombre) en el perfil; hasta entonces la dosis usa el peso real</translation>
        </message>
        <message>
            <source>the adjusted weight (ideal + 0.4 × excess) needs your height and your sex (female or male) in the profile; the dose uses the actual weight until then</source>
            <translation>el peso ajustado (ideal + 0,4 × exceso) necesita su estatura y su sexo (mujer u hombre) en el perfil; hasta entonces la dosis usa el peso real</translation>
        </message>
        <message>
            <source>{warning} (tick the confirmation to save it)</source>
            <translation>{warning} (marque la confirmación para guardarla)</translation>
        </message>
        <message>
            <source>{message} (flagged: {flagged})</source>
            <translation>{message} (señalado: {flagged})</translation>
        </message>
        <message>
            <source>IVIG course starting {day}</source>
            <translation>ciclo de IVIG que empieza el {day}</translation>
        </message>
        <message>
            <source>a course from {start} to {end} is already saved: choose a first day after it</source>
            <translation>ya hay guardado un ciclo del {start} al {end}: elija un primer día posterior</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <source>day {n} of this course is already recorded</source>
            <translation>el día {n} de este ciclo ya está registrado</translation>
        </message>
        <message>
            <source>infusion day {n} of {days} on {day}</source>
            <translation>día de infusión {n} de {days} el {day}</translation>
        </message>
        <message>
            <source>vital signs at {day} {time}</source>
            <translation>constantes vitales el {day} a las {time}</translation>
        </message>
    </context>
    <context>
        <name>KeyboardShortcuts</name>
        <message>
            <source>Anywhere</source>
            <translation>En cualquier lugar</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Larger / smaller / normal text</source>
            <translation>Texto más grande / más pequeño / normal</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Esta lista</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Next / previous control</source>
            <translation>Control siguiente / anterior</translation>
        </message>
        <message>
            <source>Alt+underlined letter</source>
            <translation>Alt+letra subrayada</translation>
        </message>
        <message>
            <source>That button, field, tab or menu</source>
            <translation>Ese botón, campo, pestaña o menú</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Guardar el registro del día</translation>
        </message>
        <message>
            <source>Add a self-test</source>
            <translation>Añadir una autoprueba</translation>
        </message>
        <message>
            <source>Log the rash</source>
            <translation>Registrar la erupción</translation>
        </message>
        <message>
            <source>Set a 0–10 scale</source>
            <translation>Ajustar una escala de 0 a 10</translation>
        </message>
        <message>
            <source>Forms and dialogs</source>
            <translation>Formularios y diálogos</translation>
        </message>
        <message>
            <source>Ctrl+S or Ctrl+Enter</source>
            <translation>Ctrl+S o Ctrl+Intro</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <source>Alt+Down or F4</source>
            <translation>Alt+Flecha abajo o F4</translation>
        </message>
        <message>
            <source>Open the calendar of a date field (dates can also be typed)</source>
            <translation>Abrir el calendario de un campo de fecha (las fechas también se pueden escribir)</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listas</translation>
        </message>
        <message>
            <source>Open the selected day (History)</source>
            <translation>Abrir el día seleccionado (Historial)</translation>
        </message>
        <message>
            <source>Delete the selected entry (History, Clinic)</source>
            <translation>Borrar la entrada seleccionada (Historial, Consultas)</translation>
        </message>
        <message>
            <source>Undo the delete (History)</source>
            <translation>Deshacer el borrado (Historial)</translation>
        </message>
        <message>
            <source>Go to a section</source>
            <translation>Ir a una sección</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>LabDialog</name>
        <message>
            <source>Edit lab result</source>
            <translation>Editar el resultado de análisis</translation>
        </message>
        <message>
            <source>New lab result</source>
            <translation>Nuevo resultado de análisis</translation>
        </message>
        <message>
            <source>&amp;Date collected</source>
            <translation>&amp;Fecha de la extracción</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Prueba</translation>
        </message>
        <message>
            <source>Test (choose or type another)</source>
            <translation>Prueba (elija una o escriba otra)</translation>
        </message>
        <message>
            <source>&amp;Value</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unidad</translation>
        </message>
        <message>
            <source>Reference range, &amp;low (same unit)</source>
            <translation>Intervalo de referencia, &amp;mínimo (misma unidad)</translation>
        </message>
        <message>
            <source>Reference range, &amp;high (same unit)</source>
            <translation>Intervalo de referencia, má&amp;ximo (misma unidad)</translation>
        </message>
        <message>
            <source>&amp;low</source>
            <translation>&amp;mínimo</translation>
        </message>
        <message>
            <source>&amp;high</source>
            <translation>má&amp;ximo</translation>
        </message>
        <message>
            <source>Reference range</source>
            <translation>Intervalo de referencia</translation>
        </message>
        <message>
            <source>The lab's own range, as printed on the report, in the unit above.</source>
            <translation>El intervalo del propio laboratorio, tal como aparece en el informe, en la unidad de arriba.</translation>
        </message>
        <message>
            <source>L&amp;ab</source>
            <translation>&amp;Laboratorio</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>Result as stored</source>
            <translation>Resultado tal como se guarda</translation>
        </message>
        <message>
            <source>Stored as {value} {unit}</source>
            <translation>Se guarda como {value} {unit}</translation>
        </message>
        <message>
            <source>▲ high: above the lab's range</source>
            <translation>▲ alto: por encima del intervalo del laboratorio</translation>
        </message>
        <message>
            <source>▼ low: below the lab's range</source>
            <translation>▼ bajo: por debajo del intervalo del laboratorio</translation>
        </message>
        <message>
            <source>within the lab's range</source>
            <translation>dentro del intervalo del laboratorio</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;System default ({language})</source>
            <extracomment>what the setting may hold, in the order of the menu</extracomment>
            <translation>Predeterminado del &amp;sistema ({language})</translation>
        </message>
        <message>
            <source>Start &amp;my own diary</source>
            <extracomment>the open diary's name, shown in the title and the status bar when there are several diaries (None: one diary only) ``--language`` of this run (None: the View ▸ Language setting chose the language) View ▸ Language ▸ Restart now: the composition root starts the app again after close</extracomment>
            <translation>Empezar &amp;mi propio diario</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+{last}: go to a section
F1: all shortcuts</source>
            <translation>Ctrl+1 … Ctrl+{last}: ir a una sección
F1: todos los atajos</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Abriendo sus datos…</translation>
        </message>
        <message>
            <source>Saving is off: this diary is read-only (its folder cannot be written, or its disk is full). You can view and export it.</source>
            <translation>Guardar está desactivado: este diario es de solo lectura (no se puede escribir en su carpeta o su disco está lleno). Puede verlo y exportarlo.</translation>
        </message>
        <message>
            <source>{app} – demo profile</source>
            <translation>{app} – perfil de demostración</translation>
        </message>
        <message>
            <source>{diary} – {app}</source>
            <comment>the window title: the diary's name</comment>
            <translation>{diary} – {app}</translation>
        </message>
        <message>
            <source>This is a demo profile with made-up data, to explore the app. Nothing you do here touches your own diary.</source>
            <translation>Este es un perfil de demostración con datos inventados, para explorar la aplicación. Nada de lo que haga aquí afecta a su propio diario.</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Carpeta de datos: {folder}</translation>
        </message>
        <message>
            <source>Diary: {diary} · {folder}</source>
            <translation>Diario: {diary} · {folder}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in the inbox to review: Reports ▸ Inbox.</source>
            <translation>
                <numerusform>%n archivo en la carpeta de entrada por revisar: Informes ▸ Carpeta de entrada.</numerusform>
                <numerusform>%n archivos en la carpeta de entrada por revisar: Informes ▸ Carpeta de entrada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Text size {percent} %</source>
            <translation>Tamaño del texto {percent} %</translation>
        </message>
        <message>
            <source>Language: {language}</source>
            <translation>Idioma: {language}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>dmtracker will be in {language} after a restart. Restart now? Your diary is closed first, as when you quit dmtracker.</source>
            <translation>dmtracker estará en {language} después de reiniciarlo. ¿Reiniciar ahora? Antes se cierra su diario, como cuando sale de dmtracker.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Reiniciar ahora</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Más &amp;tarde</translation>
        </message>
        <message>
            <source>Today is not logged yet. It takes under a minute.</source>
            <translation>Hoy todavía no está registrado. Se tarda menos de un minuto.</translation>
        </message>
        <message>
            <source>Backup saved: {path}</source>
            <translation>Copia de seguridad guardada: {path}</translation>
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
&lt;p&gt;Un diario privado para adultos con dermatomiositis: síntomas diarios, autopruebas, erupción,
infusiones de IVIG y efectos secundarios, medicamentos, resultados de consultas e informes.&lt;/p&gt;
&lt;p&gt;Sus datos se quedan en este ordenador, en&lt;br&gt;&lt;code&gt;{data}&lt;/code&gt;&lt;br&gt;
Solo salen de él cuando usted los exporta.&lt;/p&gt;
&lt;p&gt;dmtracker informa; no da consejo médico. Las puntuaciones que muestra las calcula la
aplicación a partir de los valores introducidos. En una urgencia llame a su número de emergencias local.&lt;/p&gt;
&lt;p&gt;Software libre bajo la GNU GPL v3 o posterior.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Lig&amp;ht</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>High &amp;contrast</source>
            <translation>&amp;Alto contraste</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Como el &amp;sistema</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Start my &amp;own diary</source>
            <translation>Empezar mi &amp;propio diario</translation>
        </message>
        <message>
            <source>Explore the &amp;demo</source>
            <translation>Explorar la &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Encryption (passphrase)…</source>
            <translation>&amp;Cifrado (frase de contraseña)…</translation>
        </message>
        <message>
            <source>&amp;Person details…</source>
            <translation>Datos de la &amp;persona…</translation>
        </message>
        <message>
            <source>S&amp;witch diary…</source>
            <translation>Ca&amp;mbiar de diario…</translation>
        </message>
        <message>
            <source>&amp;New diary…</source>
            <translation>&amp;Nuevo diario…</translation>
        </message>
        <message>
            <source>&amp;Rename diary…</source>
            <translation>&amp;Renombrar diario…</translation>
        </message>
        <message>
            <source>Remo&amp;ve diary…</source>
            <translation>E&amp;liminar diario…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir a</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>Daily &amp;reminder…</source>
            <translation>&amp;Recordatorio diario…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About dmtracker</source>
            <translation>&amp;Acerca de dmtracker</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>{language}: chosen on the command line (--language {code})</source>
            <translation>{language}: elegido en la línea de órdenes (--language {code})</translation>
        </message>
        <message>
            <source>(not open)</source>
            <translation>(no abierto)</translation>
        </message>
        <message>
            <source>About dmtracker</source>
            <translation>Acerca de dmtracker</translation>
        </message>
    </context>
    <context>
        <name>Measures</name>
        <message>
            <source>count</source>
            <comment>unit of a self-test: how many times</comment>
            <translation>veces</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>metres</source>
            <translation>metros</translation>
        </message>
        <message>
            <source>score</source>
            <comment>unit of the rash score: points</comment>
            <translation>puntos</translation>
        </message>
        <message>
            <source>steps a day</source>
            <translation>pasos al día</translation>
        </message>
    </context>
    <context>
        <name>MedicationDialog</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Vía</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>Day of the week</source>
            <translation>Día de la semana</translation>
        </message>
        <message>
            <source>Times a day</source>
            <translation>Veces al día</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>Stop date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Start dose</source>
            <translation>Dosis inicial</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nombre de la pauta</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Prednisone</source>
            <comment>drug name</comment>
            <translation>Prednisona</translation>
        </message>
        <message>
            <source>Prednisolone</source>
            <comment>drug name</comment>
            <translation>Prednisolona</translation>
        </message>
        <message>
            <source>Methotrexate</source>
            <comment>drug name</comment>
            <translation>Metotrexato</translation>
        </message>
        <message>
            <source>Folic acid</source>
            <comment>drug name</comment>
            <translation>Ácido fólico</translation>
        </message>
        <message>
            <source>Hydroxychloroquine</source>
            <comment>drug name</comment>
            <translation>Hidroxicloroquina</translation>
        </message>
        <message>
            <source>Azathioprine</source>
            <comment>drug name</comment>
            <translation>Azatioprina</translation>
        </message>
        <message>
            <source>Mycophenolate mofetil</source>
            <comment>drug name</comment>
            <translation>Micofenolato de mofetilo</translation>
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
            <translation>Calcio y vitamina D</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>Sto&amp;ps on</source>
            <translation>&amp;Termina el</translation>
        </message>
        <message>
            <source>&amp;Dose</source>
            <translation>&amp;Dosis</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unidad</translation>
        </message>
        <message>
            <source>S&amp;chedule</source>
            <translation>&amp;Pauta</translation>
        </message>
        <message>
            <source>&amp;Weekday (for weekly)</source>
            <translation>Día de la &amp;semana (si es semanal)</translation>
        </message>
        <message>
            <source>T&amp;imes a day</source>
            <translation>&amp;Veces al día</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>Fecha de &amp;inicio</translation>
        </message>
        <message>
            <source>Methotrexate is taken once a week</source>
            <translation>El metotrexato se toma una vez a la semana</translation>
        </message>
        <message>
            <source>Schedule: methotrexate must be entered as once a week</source>
            <translation>Pauta: el metotrexato debe registrarse como una vez a la semana</translation>
        </message>
        <message>
            <source>Add a medication</source>
            <translation>Añadir un medicamento</translation>
        </message>
        <message>
            <source>e.g. tablet, pre-filled pen</source>
            <translation>p. ej. comprimido, pluma precargada</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>F&amp;orm</source>
            <translation>&amp;Forma</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>Ví&amp;a</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>Change the dose of {name}</source>
            <translation>Cambiar la dosis de {name}</translation>
        </message>
        <message>
            <source>{name}: now {dose}, {schedule}. The new dose starts on the start date; the current one ends the day before.</source>
            <translation>{name}: ahora {dose}, {schedule}. La nueva dosis empieza en la fecha de inicio; la actual termina el día anterior.</translation>
        </message>
        <message>
            <source>Stop {name}</source>
            <translation>Dejar {name}</translation>
        </message>
        <message>
            <source>Last day taken</source>
            <translation>Último día de toma</translation>
        </message>
        <message>
            <source>&amp;Last day taken</source>
            <translation>Ú&amp;ltimo día de toma</translation>
        </message>
    </context>
    <context>
        <name>Medications</name>
        <message>
            <source>Methotrexate for myositis is taken once a WEEK, on the same day each week, not every day. Taking it daily by mistake causes serious, sometimes fatal, poisoning. Check the label or ask your pharmacist, and enter it as a weekly medicine with its day of the week.</source>
            <translation>El metotrexato para la miositis se toma una vez a la SEMANA, el mismo día cada semana, no todos los días. Tomarlo a diario por error causa una intoxicación grave, a veces mortal. Revise el prospecto o pregunte en su farmacia, y regístrelo como medicamento semanal con su día de la semana.</translation>
        </message>
        <message>
            <source>Hydroxychloroquine {dose} mg a day at {weight} kg is {ratio} mg/kg a day, above {limit} mg/kg a day of real body weight. Above that dose the risk of damage to the retina (the back of the eye) rises over the years. You may want to ask your doctor whether the dose fits your current weight.</source>
            <translation>Hidroxicloroquina {dose} mg al día con {weight} kg son {ratio} mg/kg al día, más de {limit} mg/kg al día de peso corporal real. Por encima de esa dosis, el riesgo de daño en la retina (el fondo del ojo) aumenta con los años. Puede preguntar a su médico si la dosis se ajusta a su peso actual.</translation>
        </message>
        <message>
            <source>dose from {day}</source>
            <translation>dosis desde el {day}</translation>
        </message>
        <message>
            <source>No body weight is recorded, so the app cannot check the hydroxychloroquine dose per kg (at most {most} mg/kg a day).</source>
            <translation>No hay ningún peso registrado, así que la aplicación no puede comprobar la dosis de hidroxicloroquina por kg (como máximo {most} mg/kg al día).</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>es anterior a la fecha de inicio</translation>
        </message>
        <message>
            <source>{message} (the previous dose ends the day before)</source>
            <translation>{message} (la dosis anterior termina el día antes)</translation>
        </message>
        <message>
            <source>must be one of {units}</source>
            <translation>debe ser una de estas: {units}</translation>
        </message>
        <message numerus="yes">
            <source>Saved {count} taper dose rows; %n earlier dose row(s) ended or replaced</source>
            <translation>
                <numerusform>Se han guardado {count} filas de dosis de la pauta descendente; %n fila de dosis anterior terminada o sustituida</numerusform>
                <numerusform>Se han guardado {count} filas de dosis de la pauta descendente; %n filas de dosis anteriores terminadas o sustituidas</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {count} taper dose rows</source>
            <translation>Se han guardado {count} filas de dosis de la pauta descendente</translation>
        </message>
        <message>
            <source>Saved {count} dose rows</source>
            <translation>Se han guardado {count} filas de dosis</translation>
        </message>
        <message>
            <source>this dose is already logged for that day</source>
            <translation>esta dosis ya está registrada para ese día</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPanel</name>
        <message>
            <source>{name} {dose} ({schedule}): not logged yet</source>
            <translation>{name} {dose} ({schedule}): aún sin registrar</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tomada</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitida</translation>
        </message>
        <message>
            <source>{name}: taken today</source>
            <translation>{name}: tomada hoy</translation>
        </message>
        <message>
            <source>{name}: skipped today</source>
            <translation>{name}: omitida hoy</translation>
        </message>
        <message>
            <source>{name} taken</source>
            <translation>{name} tomada</translation>
        </message>
        <message>
            <source>{name} skipped</source>
            <translation>{name} omitida</translation>
        </message>
        <message>
            <source>Logged today: {doses}.</source>
            <translation>Registrado hoy: {doses}.</translation>
        </message>
        <message>
            <source>Nothing left to log today.</source>
            <translation>Hoy no queda nada por registrar.</translation>
        </message>
        <message>
            <source>Not saved – {reason}</source>
            <translation>No guardado – {reason}</translation>
        </message>
        <message>
            <source>Current medications</source>
            <translation>Medicamentos actuales</translation>
        </message>
        <message>
            <source>&amp;Add medication…</source>
            <translation>&amp;Añadir medicamento…</translation>
        </message>
        <message>
            <source>&amp;Change dose…</source>
            <translation>&amp;Cambiar dosis…</translation>
        </message>
        <message>
            <source>&amp;Stop taking…</source>
            <translation>&amp;Dejar de tomar…</translation>
        </message>
        <message>
            <source>&amp;Taper builder…</source>
            <translation>Pauta desce&amp;ndente…</translation>
        </message>
        <message>
            <source>Medication warnings</source>
            <translation>Avisos sobre medicamentos</translation>
        </message>
        <message>
            <source>Methotrexate per m²</source>
            <translation>Metotrexato por m²</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Vía</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Control</translation>
        </message>
        <message>
            <source>Doses today</source>
            <translation>Tomas de hoy</translation>
        </message>
        <message>
            <source>&amp;Keep a log of doses taken</source>
            <translation>&amp;Llevar un registro de las tomas</translation>
        </message>
        <message>
            <source>Today's doses show here with Taken and Skipped until logged</source>
            <translation>Las tomas de hoy aparecen aquí con «Tomada» y «Omitida» hasta que se registran</translation>
        </message>
        <message>
            <source>Cumulative prednisone</source>
            <translation>Prednisona acumulada</translation>
        </message>
        <message>
            <source>Cumulative prednisone from</source>
            <translation>Prednisona acumulada desde</translation>
        </message>
        <message>
            <source>Cumulative prednisone until</source>
            <translation>Prednisona acumulada hasta</translation>
        </message>
        <message>
            <source>P&amp;rednisone from</source>
            <translation>P&amp;rednisona desde</translation>
        </message>
        <message>
            <source>&amp;until</source>
            <translation>&amp;hasta</translation>
        </message>
        <message>
            <source>Dose history</source>
            <translation>Historial de dosis</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Taper</source>
            <translation>Pauta descendente</translation>
        </message>
        <message>
            <source>{drug}: enter the child's height (profile) and a weight to see the dose per m² of body surface.</source>
            <translation>{drug}: anote la estatura del niño (perfil) y un peso para ver la dosis por m² de superficie corporal.</translation>
        </message>
        <message>
            <source>{drug}: {per_m2}</source>
            <translation>{drug}: {per_m2}</translation>
        </message>
        <message>
            <source>{grams} prednisone-equivalent (all glucocorticoids) from {start} to {end} ({days}, computed by the app from {rows}).</source>
            <translation>{grams} de equivalente de prednisona (todos los corticoides) del {start} al {end} ({days}, calculado por la aplicación a partir de {rows}).</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dose row(s)</source>
            <translation>
                <numerusform>%n registro de dosis</numerusform>
                <numerusform>%n registros de dosis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: %n row(s) in tablets or mL.</source>
            <translation>
                <numerusform>No contado: %n registro en comprimidos o mL.</numerusform>
                <numerusform>No contados: %n registros en comprimidos o mL.</numerusform>
            </translation>
        </message>
        <message>
            <source>select a medication in the list first</source>
            <translation>primero elija un medicamento de la lista</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>No hay nada seleccionado</translation>
        </message>
        <message>
            <source>entered as daily</source>
            <translation>registrado como diario</translation>
        </message>
        <message>
            <source>no weight to check</source>
            <translation>no hay peso para comprobar</translation>
        </message>
        <message>
            <source>above {limit} mg/kg a day</source>
            <translation>más de {limit} mg/kg al día</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Today</source>
            <extracomment>The sections: their English names (translated where shown, :func:`page_name`; each page's heading is its ``title``, translated in the same context "Pages" by the kit's Page).</extracomment>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Treatments</source>
            <translation>Tratamientos</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Consultas</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Evolución</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Reports and data</source>
            <extracomment>a page's heading that is not its name in the navigation</extracomment>
            <translation>Informes y datos</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Repetir la frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <source>&amp;Show what I type</source>
            <translation>&amp;Mostrar lo que escribo</translation>
        </message>
        <message>
            <source>If I forget the passphrase, my diary cannot be recovered by anyone.</source>
            <translation>Si olvido la frase de contraseña, nadie podrá recuperar mi diario.</translation>
        </message>
        <message>
            <source>I &amp;understand</source>
            <translation>Lo &amp;entiendo</translation>
        </message>
        <message>
            <source>I understand: if I forget the passphrase, my diary cannot be recovered</source>
            <translation>Lo entiendo: si olvido la frase de contraseña, mi diario no se podrá recuperar</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>dmtracker: enter your passphrase</source>
            <translation>dmtracker: escriba su frase de contraseña</translation>
        </message>
        <message>
            <source>This diary is encrypted</source>
            <translation>Este diario está cifrado</translation>
        </message>
        <message>
            <source>Enter the passphrase to open it.</source>
            <translation>Escriba la frase de contraseña para abrirlo.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>dmtracker: encrypt your diary</source>
            <translation>dmtracker: cifrar su diario</translation>
        </message>
        <message>
            <source>Encrypt your diary with a passphrase</source>
            <translation>Cifrar su diario con una frase de contraseña</translation>
        </message>
        <message>
            <source>Your diary, its backups and its rash photos will be stored encrypted: without the passphrase nobody can read them, even with your files. dmtracker asks for it each time it starts. Use at least {count} characters; a few unrelated words are easy to remember and hard to guess.&lt;br&gt;Not encrypted: exports you make (CSV, JSON, FHIR, PDF), which are meant to be read.</source>
            <translation>Su diario, sus copias de seguridad y las fotos de la erupción se guardarán cifrados: sin la frase de contraseña nadie puede leerlos, ni siquiera con sus archivos. dmtracker se la pide cada vez que se abre. Use al menos {count} caracteres; unas pocas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.&lt;br&gt;No se cifran: las exportaciones que haga (CSV, JSON, FHIR, PDF), que están hechas para leerse.</translation>
        </message>
        <message>
            <source>&amp;Encrypt</source>
            <translation>&amp;Cifrar</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Ca&amp;ncelar</translation>
        </message>
        <message>
            <source>dmtracker: store your diary unencrypted</source>
            <translation>dmtracker: guardar su diario sin cifrar</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>Quitar la frase de contraseña</translation>
        </message>
        <message>
            <source>Your diary, its backups and its rash photos will be stored unencrypted again: anyone who can read your files can read them. Enter the passphrase to confirm.</source>
            <translation>Su diario, sus copias de seguridad y las fotos de la erupción se guardarán otra vez sin cifrar: cualquiera que pueda leer sus archivos podrá leerlos. Escriba la frase de contraseña para confirmarlo.</translation>
        </message>
        <message>
            <source>&amp;Remove encryption</source>
            <translation>&amp;Quitar el cifrado</translation>
        </message>
        <message>
            <source>Tick the box to confirm you understand the warning.</source>
            <translation>Marque la casilla para confirmar que entiende la advertencia.</translation>
        </message>
        <message>
            <source>Passphrase again {reason}.</source>
            <translation>Frase de contraseña repetida: {reason}.</translation>
        </message>
        <message>
            <source>Passphrase {reason}.</source>
            <translation>Frase de contraseña: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person details</source>
            <translation>Datos de la persona</translation>
        </message>
        <message>
            <source>About your child, for whom this diary is kept. The name is printed on the clinic report; the birth year gives the age there; height and sex give the ideal and adjusted dosing weight. Everything stays in this diary.</source>
            <translation>Sobre su hijo o hija, para quien se lleva este diario. El nombre aparece en el informe para la consulta; el año de nacimiento da allí la edad; la estatura y el sexo dan el peso ideal y el peso ajustado para la dosis. Todo se queda en este diario.</translation>
        </message>
        <message>
            <source>About the person this diary is for. The name is printed on the clinic report; the birth year gives the age there; height and sex give the ideal and adjusted dosing weight. Everything stays in this diary.</source>
            <translation>Sobre la persona para quien es este diario. El nombre aparece en el informe para la consulta; el año de nacimiento da allí la edad; la estatura y el sexo dan el peso ideal y el peso ajustado para la dosis. Todo se queda en este diario.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>as on the clinic report</source>
            <translation>como en el informe para la consulta</translation>
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation>&amp;Año de nacimiento</translation>
        </message>
        <message>
            <source>S&amp;ex</source>
            <translation>&amp;Sexo</translation>
        </message>
        <message>
            <source>&amp;Height (cm)</source>
            <translation>Es&amp;tatura (cm)</translation>
        </message>
    </context>
    <context>
        <name>PhotoCompareDialog</name>
        <message>
            <source>Compare rash photos</source>
            <translation>Comparar fotos de la erupción</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>First date</source>
            <translation>Primera fecha</translation>
        </message>
        <message>
            <source>Second date</source>
            <translation>Segunda fecha</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Zona:</translation>
        </message>
        <message>
            <source>&amp;First:</source>
            <translation>&amp;Primera:</translation>
        </message>
        <message>
            <source>S&amp;econd:</source>
            <translation>&amp;Segunda:</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>No photos yet. Add one from the rash log (Photo…).</source>
            <translation>Todavía no hay fotos. Añada una desde el registro de la erupción (Foto…).</translation>
        </message>
        <message>
            <source>This photo cannot be shown.</source>
            <translation>Esta foto no se puede mostrar.</translation>
        </message>
        <message>
            <source>Photo of {day}</source>
            <translation>Foto del {day}</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <source>{name} does not exist or is not a file</source>
            <translation>{name} no existe o no es un archivo</translation>
        </message>
        <message>
            <source>{name} is larger than 40 MB</source>
            <translation>{name} ocupa más de 40 MB</translation>
        </message>
        <message>
            <source>{name} cannot be read</source>
            <translation>{name} no se puede leer</translation>
        </message>
        <message>
            <source>Added a photo to {day}</source>
            <translation>Foto añadida al {day}</translation>
        </message>
        <message>
            <source>{name} is not a PNG, JPEG or WebP image, or it is damaged</source>
            <translation>{name} no es una imagen PNG, JPEG o WebP, o está dañada</translation>
        </message>
        <message>
            <source>{name} has no picture in it</source>
            <translation>{name} no contiene ninguna imagen</translation>
        </message>
    </context>
    <context>
        <name>PlannerForm</name>
        <message>
            <source>latest weight: {weight} on {date}</source>
            <translation>último peso: {weight} el {date}</translation>
        </message>
        <message>
            <source>no weight recorded yet</source>
            <translation>aún no hay ningún peso registrado</translation>
        </message>
        <message>
            <source>Saved to your profile: {risks}</source>
            <translation>Guardado en su perfil: {risks}</translation>
        </message>
        <message>
            <source>at risk of thrombosis and kidney problems</source>
            <translation>riesgo de trombosis y de problemas de riñón</translation>
        </message>
        <message>
            <source>at risk of thrombosis</source>
            <translation>riesgo de trombosis</translation>
        </message>
        <message>
            <source>at risk of kidney problems</source>
            <translation>riesgo de problemas de riñón</translation>
        </message>
        <message>
            <source>no thrombosis or kidney risk</source>
            <translation>sin riesgo de trombosis ni de riñón</translation>
        </message>
        <message>
            <source>Give weight, height and sex (female or male) to see the ideal and adjusted weight; until then the dose uses the actual weight.</source>
            <translation>Indique peso, estatura y sexo (mujer u hombre) para ver el peso ideal y el ajustado; hasta entonces la dosis se calcula con el peso real.</translation>
        </message>
        <message>
            <source>BMI {bmi}: the adjusted weight is suggested (EU Octagam SmPC: dose overweight patients on a standard body weight).</source>
            <translation>IMC {bmi}: se sugiere el peso ajustado (ficha técnica europea de Octagam: en personas con sobrepeso, dosificar según un peso corporal estándar).</translation>
        </message>
        <message>
            <source>BMI {bmi}.</source>
            <translation>IMC {bmi}.</translation>
        </message>
        <message>
            <source>Actual {actual} · ideal {ideal} · adjusted {adjusted}. {hint} The rate is always per actual kg.</source>
            <translation>Real {actual} · ideal {ideal} · ajustado {adjusted}. {hint} La velocidad siempre es por kg de peso real.</translation>
        </message>
        <message>
            <source>Flagged: {reason}.</source>
            <translation>Marcado: {reason}.</translation>
        </message>
        <message>
            <source>the ideal or adjusted weight needs weight, height and sex (female or male)</source>
            <translation>el peso ideal o ajustado necesita peso, estatura y sexo (mujer u hombre)</translation>
        </message>
        <message>
            <source>actual weight</source>
            <translation>peso real</translation>
        </message>
        <message>
            <source>ideal weight</source>
            <translation>peso ideal</translation>
        </message>
        <message>
            <source>adjusted weight</source>
            <translation>peso ajustado</translation>
        </message>
        <message>
            <source>Whole course: {grams} = {millilitres} ({per_kg} × {weight} {which})</source>
            <translation>Ciclo completo: {grams} = {millilitres} ({per_kg} × {weight} {which})</translation>
        </message>
        <message numerus="yes">
            <source>Each day (%n day(s)): {grams} = {millilitres}</source>
            <translation>
                <numerusform>Cada día (%n día): {grams} = {millilitres}</numerusform>
                <numerusform>Cada día (%n días): {grams} = {millilitres}</numerusform>
            </translation>
        </message>
        <message>
            <source>Whole course: –</source>
            <translation>Ciclo completo: –</translation>
        </message>
        <message>
            <source>Each day: –</source>
            <translation>Cada día: –</translation>
        </message>
        <message>
            <source>Check the numbers</source>
            <translation>Revise los números</translation>
        </message>
        <message>
            <source>= {rate} more each time</source>
            <translation>= {rate} más cada vez</translation>
        </message>
        <message>
            <source>= {rate} at {weight}</source>
            <translation>= {rate} con {weight}</translation>
        </message>
        <message>
            <source>for patients at risk of thrombosis or kidney problems</source>
            <translation>para pacientes con riesgo de trombosis o de problemas de riñón</translation>
        </message>
        <message>
            <source>in dermatomyositis</source>
            <translation>en la dermatomiositis</translation>
        </message>
        <message>
            <source>Label maximum {who}: {cap} = {rate} at {weight}.</source>
            <translation>Máximo de la ficha técnica {who}: {cap} = {rate} con {weight}.</translation>
        </message>
        <message>
            <source>Label maximum {who}: {cap}.</source>
            <translation>Máximo de la ficha técnica {who}: {cap}.</translation>
        </message>
        <message>
            <source>Estimated time each day: –</source>
            <translation>Tiempo estimado cada día: –</translation>
        </message>
        <message>
            <source>Flagged: {reason} (allowed, but check it with your infusion team).</source>
            <translation>Marcado: {reason} (permitido, pero consúltelo con su equipo de infusión).</translation>
        </message>
        <message>
            <source>Estimated time each day: about {duration} for {volume}, if every raise is tolerated.</source>
            <translation>Tiempo estimado cada día: unas {duration} para {volume}, si se tolera cada aumento.</translation>
        </message>
        <message numerus="yes">
            <source>With this course, the next one is due on {date} (every %n week(s)).</source>
            <translation>
                <numerusform>Con este ciclo, el siguiente toca el {date} (cada semana).</numerusform>
                <numerusform>Con este ciclo, el siguiente toca el {date} (cada %n semanas).</numerusform>
            </translation>
        </message>
        <message>
            <source>No course saved yet.</source>
            <translation>Aún no hay ningún ciclo guardado.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dentro de %n día</numerusform>
                <numerusform>dentro de %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last course: from {date} ({grams} over %n day(s)).</source>
            <translation>
                <numerusform>Último ciclo: desde el {date} ({grams} en %n día).</numerusform>
                <numerusform>Último ciclo: desde el {date} ({grams} en %n días).</numerusform>
            </translation>
        </message>
        <message>
            <source>No course has started yet.</source>
            <translation>Aún no ha empezado ningún ciclo.</translation>
        </message>
        <message>
            <source>Next course due {date} ({when}, already planned).</source>
            <translation>Próximo ciclo el {date} ({when}, ya planificado).</translation>
        </message>
        <message>
            <source>Next course due {date} ({when}).</source>
            <translation>Próximo ciclo el {date} ({when}).</translation>
        </message>
        <message numerus="yes">
            <source>Saved: course from {date}, {grams} over %n day(s) on the ideal weight {weight}.</source>
            <translation>
                <numerusform>Guardado: ciclo desde el {date}, {grams} en %n día según el peso ideal {weight}.</numerusform>
                <numerusform>Guardado: ciclo desde el {date}, {grams} en %n días según el peso ideal {weight}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: course from {date}, {grams} over %n day(s) on the adjusted weight {weight}.</source>
            <translation>
                <numerusform>Guardado: ciclo desde el {date}, {grams} en %n día según el peso ajustado {weight}.</numerusform>
                <numerusform>Guardado: ciclo desde el {date}, {grams} en %n días según el peso ajustado {weight}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: course from {date}, {grams} over %n day(s).</source>
            <translation>
                <numerusform>Guardado: ciclo desde el {date}, {grams} en %n día.</numerusform>
                <numerusform>Guardado: ciclo desde el {date}, {grams} en %n días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Number of days</source>
            <translation>Número de días</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Concentration</source>
            <translation>Concentración</translation>
        </message>
        <message>
            <source>Start rate</source>
            <translation>Velocidad inicial</translation>
        </message>
        <message>
            <source>Raise by</source>
            <translation>Aumentar en</translation>
        </message>
        <message>
            <source>Raise every</source>
            <translation>Aumentar cada</translation>
        </message>
        <message>
            <source>Maximum rate</source>
            <translation>Velocidad máxima</translation>
        </message>
        <message>
            <source>Volume a day</source>
            <translation>Volumen al día</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Interval</source>
            <translation>Intervalo</translation>
        </message>
        <message>
            <source>Course type</source>
            <translation>Tipo de ciclo</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Con riesgo</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Estatura</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Dose uses</source>
            <translation>Dosis según</translation>
        </message>
        <message>
            <source>Confirm the dose</source>
            <translation>Confirmar la dosis</translation>
        </message>
        <message>
            <source>Risk factors</source>
            <translation>Factores de riesgo</translation>
        </message>
        <message>
            <source>– not given –</source>
            <translation>– sin indicar –</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>A child's diary: the dermatomyositis indication of Octagam 10% covers adults only. IVIG for juvenile dermatomyositis is given off-label, on the dose and rates your child's clinic sets: ask the clinic, and check each number below with them.</source>
            <translation>Diario de un niño: la indicación de Octagam 10% para la dermatomiositis solo abarca a adultos. Las IgIV en la dermatomiositis juvenil se administran fuera de indicación, con la dosis y las velocidades que fija el centro de su hijo: consulte al centro y revise con ellos cada cifra de abajo.</translation>
        </message>
        <message>
            <source>Dose for the course</source>
            <translation>Dosis del ciclo</translation>
        </message>
        <message>
            <source> days</source>
            <comment>after the number of days of a course</comment>
            <translation> días</translation>
        </message>
        <message>
            <source>Actual weight</source>
            <translation>Peso real</translation>
        </message>
        <message>
            <source>Ideal weight</source>
            <translation>Peso ideal</translation>
        </message>
        <message>
            <source>Adjusted weight</source>
            <translation>Peso ajustado</translation>
        </message>
        <message>
            <source>Actual, ideal and adjusted weight</source>
            <translation>Peso real, ideal y ajustado</translation>
        </message>
        <message>
            <source>I confirm this dose above {limit} g/kg</source>
            <translation>Confirmo esta dosis por encima de {limit} g/kg</translation>
        </message>
        <message>
            <source>&amp;Weight (kg)</source>
            <translation>P&amp;eso (kg)</translation>
        </message>
        <message>
            <source>Body weight in kg</source>
            <translation>Peso corporal en kg</translation>
        </message>
        <message>
            <source>Course t&amp;ype</source>
            <translation>&amp;Tipo de ciclo</translation>
        </message>
        <message>
            <source>D&amp;ose (g/kg)</source>
            <translation>D&amp;osis (g/kg)</translation>
        </message>
        <message>
            <source>Dose in g per kg</source>
            <translation>Dosis en g por kg</translation>
        </message>
        <message>
            <source>&amp;Number of days</source>
            <translation>&amp;Número de días</translation>
        </message>
        <message>
            <source>Number of days (2 to 5)</source>
            <translation>Número de días (de 2 a 5)</translation>
        </message>
        <message>
            <source>&amp;Concentration (%)</source>
            <translation>&amp;Concentración (%)</translation>
        </message>
        <message>
            <source>Product concentration in %</source>
            <translation>Concentración del producto en %</translation>
        </message>
        <message>
            <source>Height (cm)</source>
            <translation>Estatura (cm)</translation>
        </message>
        <message>
            <source>Height in cm</source>
            <translation>Estatura en cm</translation>
        </message>
        <message>
            <source>Sex (for ideal weigh&amp;t)</source>
            <translation>Sexo (para el peso idea&amp;l)</translation>
        </message>
        <message>
            <source>Sex for the ideal weight</source>
            <translation>Sexo para el peso ideal</translation>
        </message>
        <message>
            <source>Dose weight (the dose uses)</source>
            <translation>Peso de la dosis (el que usa la dosis)</translation>
        </message>
        <message>
            <source>The weight the dose uses</source>
            <translation>El peso que usa la dosis</translation>
        </message>
        <message>
            <source>Dose warning</source>
            <translation>Aviso sobre la dosis</translation>
        </message>
        <message>
            <source>Course total</source>
            <translation>Total del ciclo</translation>
        </message>
        <message>
            <source>Each day</source>
            <translation>Cada día</translation>
        </message>
        <message>
            <source>Infusion rate, step by step</source>
            <translation>Velocidad de infusión, paso a paso</translation>
        </message>
        <message>
            <source>&amp;Start rate (mL/kg/min)</source>
            <translation>&amp;Velocidad inicial (mL/kg/min)</translation>
        </message>
        <message>
            <source>Start rate in mL/kg/min</source>
            <translation>Velocidad inicial en mL/kg/min</translation>
        </message>
        <message>
            <source>Raise &amp;by (mL/kg/min)</source>
            <translation>&amp;Aumentar en (mL/kg/min)</translation>
        </message>
        <message>
            <source>Raise the rate by, in mL/kg/min</source>
            <translation>Aumentar la velocidad en, en mL/kg/min</translation>
        </message>
        <message>
            <source>Raise every (min&amp;utes)</source>
            <translation>Aumentar ca&amp;da (minutos)</translation>
        </message>
        <message>
            <source>Raise every, in minutes</source>
            <translation>Aumentar cada, en minutos</translation>
        </message>
        <message>
            <source>Ma&amp;ximum rate (mL/kg/min)</source>
            <translation>Velocidad má&amp;xima (mL/kg/min)</translation>
        </message>
        <message>
            <source>Maximum rate in mL/kg/min</source>
            <translation>Velocidad máxima en mL/kg/min</translation>
        </message>
        <message>
            <source>Rate warnings</source>
            <translation>Avisos sobre la velocidad</translation>
        </message>
        <message>
            <source>Estimated time each day</source>
            <translation>Tiempo estimado cada día</translation>
        </message>
        <message>
            <source>From minute</source>
            <translation>Desde el minuto</translation>
        </message>
        <message>
            <source>mL in this step</source>
            <translation>mL en este paso</translation>
        </message>
        <message>
            <source>Lasts</source>
            <translation>Dura</translation>
        </message>
        <message>
            <source>Rate steps for one day</source>
            <translation>Pasos de velocidad de un día</translation>
        </message>
        <message>
            <source>Save this course</source>
            <translation>Guardar este ciclo</translation>
        </message>
        <message>
            <source> weeks</source>
            <comment>after the number of weeks between courses</comment>
            <translation> semanas</translation>
        </message>
        <message>
            <source>First d&amp;ay</source>
            <translation>P&amp;rimer día</translation>
        </message>
        <message>
            <source>First day of the course</source>
            <translation>Primer día del ciclo</translation>
        </message>
        <message>
            <source>P&amp;roduct</source>
            <translation>Prod&amp;ucto</translation>
        </message>
        <message>
            <source>Next course after (interva&amp;l)</source>
            <translation>Ciclo si&amp;guiente tras (intervalo)</translation>
        </message>
        <message>
            <source>Weeks until the next course</source>
            <translation>Semanas hasta el próximo ciclo</translation>
        </message>
        <message>
            <source>Next course due</source>
            <translation>Próximo ciclo</translation>
        </message>
        <message>
            <source>Save this course (Ctrl+S)</source>
            <translation>Guardar este ciclo (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>Saved the profile</source>
            <translation>Perfil guardado</translation>
        </message>
        <message>
            <source>Saved to your profile: {what}</source>
            <translation>Guardado en su perfil: {what}</translation>
        </message>
        <message>
            <source>{key!r} is not a setting of dmtracker</source>
            <translation>{key!r} no es un ajuste de dmtracker</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>may be at most {top} characters</source>
            <translation>puede tener como máximo {top} caracteres</translation>
        </message>
        <message>
            <source>may not hold control characters</source>
            <translation>no puede contener caracteres de control</translation>
        </message>
        <message>
            <source>{name} is already a diary here</source>
            <translation>{name} ya es un diario aquí</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>no diary is called {name} (there are: {names})</source>
            <translation>ningún diario se llama {name} (hay: {names})</translation>
        </message>
        <message>
            <source>type the diary's name, {name}, to remove it</source>
            <translation>escriba el nombre del diario, {name}, para eliminarlo</translation>
        </message>
        <message>
            <source>the backup was not made</source>
            <translation>no se hizo la copia de seguridad</translation>
        </message>
        <message>
            <source>child (juvenile dermatomyositis)</source>
            <translation>infantil (dermatomiositis juvenil)</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adulto</translation>
        </message>
        <message>
            <source>&amp;Name of the diary</source>
            <translation>&amp;Nombre del diario</translation>
        </message>
        <message>
            <source>⚠ {verb} – {reason}</source>
            <translation>⚠ {verb} – {reason}</translation>
        </message>
        <message>
            <source>New diary</source>
            <translation>Nuevo diario</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>C&amp;rear</translation>
        </message>
        <message>
            <source>A diary of its own, in a folder of its own: for example one for you and one for your child. Nothing is shared between diaries.</source>
            <translation>Un diario propio, en una carpeta propia: por ejemplo, uno para usted y otro para su hijo o hija. Los diarios no comparten nada.</translation>
        </message>
        <message>
            <source>&amp;Adult</source>
            <translation>&amp;Adulto</translation>
        </message>
        <message>
            <source>&amp;Child: juvenile dermatomyositis (JDM)</source>
            <translation>&amp;Infantil: dermatomiositis juvenil (DMJ)</translation>
        </message>
        <message>
            <source>A child's diary uses the JDM measures and thresholds; a parent may answer for the child.</source>
            <translation>Un diario infantil usa las medidas y los umbrales de la DMJ; el padre o la madre puede responder por el niño o la niña.</translation>
        </message>
        <message>
            <source>Not created</source>
            <translation>No creado</translation>
        </message>
        <message>
            <source>Rename diary</source>
            <translation>Renombrar diario</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renombrar</translation>
        </message>
        <message>
            <source>&amp;Diary</source>
            <translation>&amp;Diario</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Not renamed</source>
            <translation>No renombrado</translation>
        </message>
        <message>
            <source>Remove diary</source>
            <translation>Eliminar diario</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>The diary is removed from this computer after a copy of its database is kept in the folder removed-profiles. The diary open now cannot be removed: switch to another one first.</source>
            <translation>El diario se elimina de este ordenador después de guardar una copia de su base de datos en la carpeta removed-profiles. El diario abierto ahora no se puede eliminar: cambie antes a otro.</translation>
        </message>
        <message>
            <source>&amp;Diary to remove</source>
            <translation>&amp;Diario que eliminar</translation>
        </message>
        <message>
            <source>Diary to remove</source>
            <translation>Diario que eliminar</translation>
        </message>
        <message>
            <source>&amp;Type its name to confirm</source>
            <translation>&amp;Escriba su nombre para confirmar</translation>
        </message>
        <message>
            <source>Type its name to confirm</source>
            <translation>Escriba su nombre para confirmar</translation>
        </message>
        <message>
            <source>There is no other diary to remove.</source>
            <translation>No hay ningún otro diario que eliminar.</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>No eliminado</translation>
        </message>
        <message>
            <source>Choose a diary</source>
            <translation>Elegir un diario</translation>
        </message>
        <message>
            <source>Diaries</source>
            <translation>Diarios</translation>
        </message>
        <message>
            <source>(open now)</source>
            <translation>(abierto ahora)</translation>
        </message>
        <message>
            <source>Arrow keys choose, Enter opens, Esc cancels.</source>
            <translation>Las flechas eligen, Intro abre, Esc cancela.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;New diary…</source>
            <translation>&amp;Nuevo diario…</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>It cannot be cancelled once started.</source>
            <translation>Una vez empezado, no se puede cancelar.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
    </context>
    <context>
        <name>RashDialog</name>
        <message>
            <source>E&amp;yelids (heliotrope)</source>
            <translation>&amp;Párpados (heliotropo)</translation>
        </message>
        <message>
            <source>&amp;Cheeks (malar)</source>
            <translation>&amp;Mejillas (malar)</translation>
        </message>
        <message>
            <source>Rest of &amp;face</source>
            <translation>&amp;Resto de la cara</translation>
        </message>
        <message>
            <source>Scal&amp;p and hair loss</source>
            <translation>Cuero &amp;cabelludo y caída del pelo</translation>
        </message>
        <message>
            <source>&amp;V of neck and chest</source>
            <translation>&amp;V del cuello y escote</translation>
        </message>
        <message>
            <source>Upper &amp;back, shoulders (shawl)</source>
            <translation>Parte alta de la espalda, &amp;hombros (chal)</translation>
        </message>
        <message>
            <source>Outer &amp;thighs (holster)</source>
            <translation>Cara externa de los m&amp;uslos (pistolera)</translation>
        </message>
        <message>
            <source>&amp;Knuckles (Gottron's papules)</source>
            <translation>&amp;Nudillos (pápulas de Gottron)</translation>
        </message>
        <message>
            <source>E&amp;lbows, knees, ankles (Gottron's sign)</source>
            <translation>Co&amp;dos, rodillas, tobillos (signo de Gottron)</translation>
        </message>
        <message>
            <source>&amp;Nail folds</source>
            <translation>P&amp;liegues de las uñas</translation>
        </message>
        <message>
            <source>Sides of fingers (&amp;mechanic's hands)</source>
            <translation>Lados de los dedos (manos de mecán&amp;ico)</translation>
        </message>
        <message>
            <source>C&amp;alcinosis</source>
            <translation>Calcin&amp;osis</translation>
        </message>
        <message>
            <source>&amp;Other site</source>
            <translation>O&amp;tra zona</translation>
        </message>
        <message>
            <source>redness</source>
            <translation>enrojecimiento</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>descamación</translation>
        </message>
        <message>
            <source>open sore</source>
            <translation>llaga abierta</translation>
        </message>
        <message>
            <source>itch</source>
            <translation>picor</translation>
        </message>
        <message>
            <source>which site</source>
            <translation>qué zona</translation>
        </message>
        <message>
            <source>number of nodules</source>
            <translation>número de nódulos</translation>
        </message>
        <message>
            <source>size of the largest (mm)</source>
            <translation>tamaño del mayor (mm)</translation>
        </message>
        <message>
            <source>infected</source>
            <translation>infectada</translation>
        </message>
        <message>
            <source>pain</source>
            <translation>dolor</translation>
        </message>
        <message>
            <source>hair loss</source>
            <translation>caída del pelo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Largest (mm):</source>
            <translation>Mayor (mm):</translation>
        </message>
        <message>
            <source>Calcinosis: size of the largest, in mm</source>
            <translation>Calcinosis: tamaño del nódulo mayor, en mm</translation>
        </message>
        <message>
            <source>Calcinosis: infected</source>
            <translation>Calcinosis: infectada</translation>
        </message>
        <message>
            <source>Pain (0–10):</source>
            <translation>Dolor (0–10):</translation>
        </message>
        <message>
            <source>Calcinosis: pain</source>
            <translation>Calcinosis: dolor</translation>
        </message>
        <message>
            <source>{site}: redness</source>
            <translation>{site}: enrojecimiento</translation>
        </message>
        <message>
            <source>{site}: scaling</source>
            <translation>{site}: descamación</translation>
        </message>
        <message>
            <source>{site}: open sore or ulcer</source>
            <translation>{site}: llaga abierta o úlcera</translation>
        </message>
        <message>
            <source>{site}: itch</source>
            <translation>{site}: picor</translation>
        </message>
        <message>
            <source>which site?</source>
            <translation>¿qué zona?</translation>
        </message>
        <message>
            <source>Other site: which site</source>
            <translation>Otra zona: qué zona</translation>
        </message>
        <message>
            <source>Calcinosis: number of nodules</source>
            <translation>Calcinosis: número de nódulos</translation>
        </message>
        <message>
            <source> nodules</source>
            <comment>after the number of nodules</comment>
            <translation> nódulos</translation>
        </message>
        <message>
            <source>Scalp: hair loss</source>
            <translation>Cuero cabelludo: caída del pelo</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Foto…</translation>
        </message>
        <message>
            <source>{site}: add a photo</source>
            <translation>{site}: añadir una foto</translation>
        </message>
        <message>
            <source>{site}: latest photo</source>
            <translation>{site}: última foto</translation>
        </message>
        <message>
            <source>Rash log for {day}</source>
            <translation>Registro de la erupción del {day}</translation>
        </message>
        <message>
            <source>Rate the sites that have rash today (Alt + the underlined letter jumps to a site). Redness 0 none – 3 dark red or violet; scaling 0 none – 2 thick. Sites left at “–” are not logged. {label}: redness + scaling + 2 for an open sore, added over the sites.</source>
            <translation>Puntúe las zonas que tienen erupción hoy (Alt + la letra subrayada salta a una zona). Enrojecimiento 0 nada – 3 rojo oscuro o violáceo; descamación 0 nada – 2 gruesa. Las zonas que se quedan en «–» no se registran. {label}: enrojecimiento + descamación + 2 por una llaga abierta, sumado en todas las zonas.</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Redness (0–3)</source>
            <translation>Enrojecimiento (0–3)</translation>
        </message>
        <message>
            <source>Scaling (0–2)</source>
            <translation>Descamación (0–2)</translation>
        </message>
        <message>
            <source>Open sore</source>
            <translation>Llaga abierta</translation>
        </message>
        <message>
            <source>Itch (0–10)</source>
            <translation>Picor (0–10)</translation>
        </message>
        <message>
            <source>Compare &amp;photos…</source>
            <translation>Comparar &amp;fotos…</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n foto</numerusform>
                <numerusform>%n fotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label} (computed by the app): {total} from %n site(s)</source>
            <translation>
                <numerusform>{label} (calculada por la aplicación): {total} de %n zona</numerusform>
                <numerusform>{label} (calculada por la aplicación): {total} de %n zonas</numerusform>
            </translation>
        </message>
        <message>
            <source>{label}: no site rated yet</source>
            <translation>{label}: todavía no hay ninguna zona puntuada</translation>
        </message>
        <message>
            <source>{site}, {field}</source>
            <comment>a site and one of its fields</comment>
            <translation>{site}, {field}</translation>
        </message>
        <message>
            <source>a site</source>
            <comment>a site not known</comment>
            <translation>una zona</translation>
        </message>
        <message>
            <source>Rate the redness of this site first, then add its photo.</source>
            <translation>Puntúe primero el enrojecimiento de esta zona y luego añada su foto.</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Elegir una foto</translation>
        </message>
        <message>
            <source>rate the redness of this site first</source>
            <translation>puntúe primero el enrojecimiento de esta zona</translation>
        </message>
        <message>
            <source>Photo not added</source>
            <translation>Foto no añadida</translation>
        </message>
        <message>
            <source>Photo added.</source>
            <translation>Foto añadida.</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>{kind} for {day}</source>
            <translation>{kind} del {day}</translation>
        </message>
        <message>
            <source>no such record ({id})</source>
            <translation>no existe ese registro ({id})</translation>
        </message>
        <message>
            <source>Saved {what}</source>
            <translation>Guardado: {what}</translation>
        </message>
        <message>
            <source>Updated {what}</source>
            <translation>Actualizado: {what}</translation>
        </message>
        <message>
            <source>Deleted {what}</source>
            <translation>Eliminado: {what}</translation>
        </message>
        <message>
            <source>Restored {what}</source>
            <translation>Restaurado: {what}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>automatic daily backup</source>
            <translation>copia de seguridad diaria automática</translation>
        </message>
        <message>
            <source>made by you</source>
            <translation>hecha por usted</translation>
        </message>
        <message>
            <source>made before an update</source>
            <translation>hecha antes de una actualización</translation>
        </message>
        <message>
            <source>made before a restore</source>
            <translation>hecha antes de una restauración</translation>
        </message>
        <message>
            <source>dmtracker: your diary file is damaged</source>
            <translation>dmtracker: el archivo de su diario está dañado</translation>
        </message>
        <message>
            <source>Your diary file is damaged</source>
            <translation>El archivo de su diario está dañado</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>el archivo no se puede leer</translation>
        </message>
        <message numerus="yes">
            <source> (and %n more problem(s))</source>
            <translation>
                <numerusform> (y %n problema más)</numerusform>
                <numerusform> (y %n problemas más)</numerusform>
            </translation>
        </message>
        <message>
            <source>When dmtracker started, it checked your diary file and found a problem: &lt;b&gt;{problem}&lt;/b&gt;{more}. Nothing has been changed.</source>
            <translation>Al abrirse, dmtracker comprobó el archivo de su diario y encontró un problema: &lt;b&gt;{problem}&lt;/b&gt;{more}. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Qué está mal</translation>
        </message>
        <message>
            <source>The damaged diary file</source>
            <translation>El archivo del diario dañado</translation>
        </message>
        <message>
            <source>Damaged &amp;file:</source>
            <translation>&amp;Archivo dañado:</translation>
        </message>
        <message>
            <source>Newest good backup</source>
            <translation>Copia de seguridad buena más reciente</translation>
        </message>
        <message>
            <source>Taken &lt;b&gt;{time}&lt;/b&gt; ({kind})</source>
            <translation>Hecha el &lt;b&gt;{time}&lt;/b&gt; ({kind})</translation>
        </message>
        <message>
            <source>When the backup was taken</source>
            <translation>Cuándo se hizo la copia de seguridad</translation>
        </message>
        <message>
            <source>The backup file</source>
            <translation>El archivo de la copia de seguridad</translation>
        </message>
        <message>
            <source>&amp;Backup file:</source>
            <translation>&amp;Copia de seguridad:</translation>
        </message>
        <message>
            <source>Restoring puts this backup in place of the damaged file. Records saved after {time} are not in it. The damaged file is &lt;b&gt;not deleted&lt;/b&gt;: it is kept in the backups folder, so nothing is thrown away.</source>
            <translation>Al restaurar, esta copia ocupa el lugar del archivo dañado. Los registros guardados después del {time} no están en ella. El archivo dañado &lt;b&gt;no se borra&lt;/b&gt;: se guarda en la carpeta de copias de seguridad, así que no se tira nada.</translation>
        </message>
        <message>
            <source>There is no good backup to restore. The damaged file is left as it is. Keep a copy of it, and ask for help to rescue what can be read (&lt;code&gt;dmtracker check&lt;/code&gt; shows what is wrong).</source>
            <translation>No hay ninguna copia de seguridad buena que restaurar. El archivo dañado se deja como está. Guarde una copia y pida ayuda para rescatar lo que se pueda leer (&lt;code&gt;dmtracker check&lt;/code&gt; muestra qué está mal).</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>&amp;Restaurar esta copia</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit dmtracker</source>
            <translation>Salir de dmtracker</translation>
        </message>
        <message>
            <source>The backup could not be restored: {reason}</source>
            <translation>No se pudo restaurar la copia de seguridad: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RedFlagDialog</name>
        <message>
            <source>&amp;Save with the red-flag mark</source>
            <translation>&amp;Guardar con la marca de señal de alarma</translation>
        </message>
        <message>
            <source>Save (tick “I have read” first)</source>
            <translation>Guardar (marque antes «He leído»)</translation>
        </message>
        <message>
            <source>Seek urgent medical care now</source>
            <translation>Busque atención médica urgente ahora</translation>
        </message>
        <message>
            <source>⚠ RED FLAG: seek urgent medical care now</source>
            <translation>⚠ SEÑAL DE ALARMA: busque atención médica urgente ahora</translation>
        </message>
        <message>
            <source>You logged: {terms}</source>
            <translation>Ha registrado: {terms}</translation>
        </message>
        <message>
            <source>I have &amp;read this message</source>
            <translation>He &amp;leído este mensaje</translation>
        </message>
        <message>
            <source>&amp;Change my answer</source>
            <translation>&amp;Cambiar mi respuesta</translation>
        </message>
        <message>
            <source>Back to the form; nothing is saved (Esc does the same)</source>
            <translation>Volver al formulario; no se guarda nada (Esc hace lo mismo)</translation>
        </message>
        <message>
            <source>this</source>
            <translation>esto</translation>
        </message>
        <message>
            <source>{urgent}. You marked {terms} as a red flag. Call your doctor, out-of-hours service or emergency number now, and say which treatments you have had (for example IVIG in the last days).</source>
            <translation>{urgent}. Ha marcado {terms} como señal de alarma. Llame ahora a su médico, al servicio de urgencias fuera de horario o al número de emergencias, y diga qué tratamientos ha recibido (por ejemplo, IVIG en los últimos días).</translation>
        </message>
    </context>
    <context>
        <name>RedFlags</name>
        <message>
            <source>Seek urgent medical care now</source>
            <translation>Busque atención médica urgente ya</translation>
        </message>
        <message>
            <source>Blood clot or stroke</source>
            <translation>Coágulo de sangre o ictus</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. This can be a blood clot in a leg, lung, heart or brain (a stroke), a known risk in the days after IVIG. Call your emergency number; do not drive yourself. Say that you recently had IVIG.</source>
            <translation>Busque atención médica urgente ya. Puede ser un coágulo de sangre en una pierna, el pulmón, el corazón o el cerebro (un ictus), un riesgo conocido en los días después de las IVIG. Llame ya al 112; no conduzca usted. Diga que ha recibido IVIG hace poco.</translation>
        </message>
        <message>
            <source>Stroke (FAST: face, arms, speech, time)</source>
            <translation>Ictus (FAST: cara, brazos, habla, tiempo)</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. A drooping face, a weak arm, trouble speaking or sudden confusion can be a stroke, a known risk in the days after IVIG. Think FAST: Face, Arms, Speech, Time to call. Call your emergency number now, note the time it began, and say that you recently had IVIG.</source>
            <translation>Busque atención médica urgente ya. La cara caída, un brazo débil, dificultad para hablar o confusión repentina pueden ser un ictus, un riesgo conocido en los días después de las IVIG. Piense en FAST: Face (cara), Arms (brazos), Speech (habla), Time (tiempo: llame ya). Llame ya al 112, anote la hora en que empezó y diga que ha recibido IVIG hace poco.</translation>
        </message>
        <message>
            <source>Breathing trouble: lung reaction (TRALI) or lung clot</source>
            <translation>Dificultad para respirar: reacción pulmonar (TRALI) o coágulo en el pulmón</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Trouble breathing or blue lips within 6 hours of an infusion can be a lung reaction to the infusion (TRALI, low oxygen). New or worse breathlessness at any time after IVIG can also be a clot in the lung, a severe allergic reaction or too much fluid. If an infusion is running, tell the nurse at once; otherwise call your emergency number and say that you recently had IVIG.</source>
            <translation>Busque atención médica urgente ya. La falta de aire o los labios azules en las 6 horas siguientes a una infusión pueden ser una reacción del pulmón a la infusión (TRALI, poco oxígeno). Una falta de aire nueva o peor en cualquier momento después de las IVIG también puede ser un coágulo en el pulmón, una reacción alérgica grave o demasiado líquido. Si la infusión está en marcha, avise enseguida a la enfermera; si no, llame ya al 112 y diga que ha recibido IVIG hace poco.</translation>
        </message>
        <message>
            <source>Aseptic meningitis</source>
            <translation>Meningitis aséptica</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. A severe headache, a stiff neck or eyes that hurt in the light, often with fever, can be aseptic meningitis: swelling of the lining of the brain, a known reaction from a few hours to 2 days after IVIG. Call your doctor or emergency number now and say that you recently had IVIG.</source>
            <translation>Busque atención médica urgente ya. Un dolor de cabeza fuerte, el cuello rígido o los ojos que duelen con la luz, a menudo con fiebre, pueden ser una meningitis aséptica: una inflamación de las membranas que recubren el cerebro, una reacción conocida entre unas horas y 2 días después de las IVIG. Llame ya a su médico o al 112 y diga que ha recibido IVIG hace poco.</translation>
        </message>
        <message>
            <source>Haemolysis (red blood cells breaking down)</source>
            <translation>Hemólisis (destrucción de glóbulos rojos)</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Dark red or brown urine, or yellow skin or eyes, can mean red blood cells are breaking down (haemolysis), a known reaction in the days after IVIG. Call your doctor or emergency number now and say that you recently had IVIG.</source>
            <translation>Busque atención médica urgente ya. La orina de color rojo oscuro o marrón, o la piel o los ojos amarillos, pueden indicar que se están destruyendo glóbulos rojos (hemólisis), una reacción conocida en los días después de las IVIG. Llame ya a su médico o al 112 y diga que ha recibido IVIG hace poco.</translation>
        </message>
        <message>
            <source>Kidney problem</source>
            <translation>Problema de riñón</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Passing much less urine than usual, or sudden swelling or weight gain, can mean the kidneys are not working well, a known risk after IVIG. Call your doctor or emergency number now and say that you recently had IVIG.</source>
            <translation>Busque atención médica urgente ya. Orinar mucho menos de lo habitual, o una hinchazón o un aumento de peso repentinos, pueden indicar que los riñones no funcionan bien, un riesgo conocido después de las IVIG. Llame ya a su médico o al 112 y diga que ha recibido IVIG hace poco.</translation>
        </message>
        <message>
            <source>Severe allergic reaction</source>
            <translation>Reacción alérgica grave</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Swelling of the throat or mouth, wheeze or fainting can be a severe allergic reaction. If an infusion is running, tell the nurse at once; otherwise call your emergency number.</source>
            <translation>Busque atención médica urgente ya. La hinchazón de la garganta o de la boca, los pitos al respirar o un desmayo pueden ser una reacción alérgica grave. Si la infusión está en marcha, avise enseguida a la enfermera; si no, llame ya al 112.</translation>
        </message>
        <message>
            <source>Serious infection</source>
            <translation>Infección grave</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. A temperature of 38.0 °C or more while you take medicines that damp down the immune system (such as prednisone, methotrexate, azathioprine or mycophenolate) can be a serious infection. Call your doctor, out-of-hours service or emergency number now.</source>
            <translation>Busque atención médica urgente ya. Una temperatura de 38,0 °C o más mientras toma medicamentos que frenan el sistema inmunitario (como prednisona, metotrexato, azatioprina o micofenolato) puede ser una infección grave. Llame ya a su médico, al servicio de urgencias de su zona o al 112.</translation>
        </message>
        <message>
            <source>Methotrexate side effects on blood, mouth or lungs</source>
            <translation>Efectos secundarios del metotrexato en la sangre, la boca o los pulmones</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. Mouth ulcers, unusual bruising or bleeding, or a sore throat with fever can be signs that methotrexate is affecting the blood cells or the lining of the mouth; with a new cough or breathlessness, the lungs. Call your doctor or out-of-hours service today, or your emergency number if you feel very unwell, and say that you take methotrexate.</source>
            <translation>Busque atención médica urgente ya. Las llagas en la boca, los moratones o sangrados poco habituales, o el dolor de garganta con fiebre pueden ser señales de que el metotrexato está afectando a las células de la sangre o al revestimiento de la boca; con una tos nueva o falta de aire, a los pulmones. Llame hoy mismo a su médico o al servicio de urgencias de su zona (si se encuentra muy mal, llame ya al 112) y diga que toma metotrexato.</translation>
        </message>
        <message>
            <source>Dermatomyositis affecting the throat, lungs, skin or muscles</source>
            <translation>Dermatomiositis que afecta a la garganta, los pulmones, la piel o los músculos</translation>
        </message>
        <message>
            <source>Seek urgent medical care now. New choking on food, a new cough or breathlessness, a skin ulcer, or weakness that is quickly getting worse can mean the dermatomyositis itself is affecting the throat, lungs, skin or muscles. Call your myositis team, doctor or emergency number now.</source>
            <translation>Busque atención médica urgente ya. Atragantarse con la comida de forma nueva, una tos nueva o falta de aire, una úlcera en la piel o una debilidad que empeora rápido pueden indicar que la propia dermatomiositis está afectando a la garganta, los pulmones, la piel o los músculos. Llame ya a su equipo de miositis, a su médico o al 112.</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Daily reminder</source>
            <translation>Recordatorio diario</translation>
        </message>
        <message>
            <source>If today has no check-in by this time, dmtracker shows a banner (and a notification where the desktop has a system tray). It stays quiet once you log.</source>
            <translation>Si a esta hora todavía no hay registro del día, dmtracker muestra un aviso (y una notificación donde el escritorio tiene bandeja del sistema). Cuando registre el día, ya no avisa.</translation>
        </message>
        <message>
            <source>&amp;Remind me</source>
            <translation>&amp;Recordármelo</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>&amp;At:</source>
            <translation>&amp;A las:</translation>
        </message>
    </context>
    <context>
        <name>ReportData</name>
        <message>
            <source>(no name entered)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>{name} (last day)</source>
            <translation>{name} (último día)</translation>
        </message>
        <message>
            <source>answered {day}</source>
            <translation>respondido el {day}</translation>
        </message>
        <message>
            <source>{effect} (grade {grade})</source>
            <translation>{effect} (grado {grade})</translation>
        </message>
        <message>
            <source>{scale} {value:g} (mean of the 4 before {baseline:.1f})</source>
            <translation>{scale} {value} (media de los 4 anteriores {baseline})</translation>
        </message>
    </context>
    <context>
        <name>ReportGlance</name>
        <message>
            <source>blood clot or stroke</source>
            <translation>coágulo de sangre o ictus</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>señal de alarma</translation>
        </message>
        <message>
            <source>serious</source>
            <comment>a serious side effect</comment>
            <translation>grave</translation>
        </message>
        <message>
            <source>grade {grade}</source>
            <translation>grado {grade}</translation>
        </message>
        <message>
            <source>Red flags and serious events: {events} ({all} in all; the rest in the Tables)</source>
            <translation>Señales de alarma y eventos graves: {events} ({all} en total; el resto en las Tablas)</translation>
        </message>
        <message>
            <source>Red flags and serious events: {events}</source>
            <translation>Señales de alarma y eventos graves: {events}</translation>
        </message>
        <message>
            <source>No red flags or serious events recorded</source>
            <translation>No hay señales de alarma ni eventos graves anotados</translation>
        </message>
        <message>
            <source>Blood thinner now: {drugs}</source>
            <translation>Anticoagulante actual: {drugs}</translation>
        </message>
        <message>
            <source>No blood thinner recorded as current</source>
            <translation>No hay anticoagulante actual anotado</translation>
        </message>
        <message>
            <source>infusion rate at most {cap} mL/kg/min (IVIG label)</source>
            <translation>velocidad de infusión como máximo {cap} mL/kg/min (ficha técnica de la IVIG)</translation>
        </message>
        <message>
            <source>No TIS yet (needs a baseline and a later clinic visit).</source>
            <translation>Aún no hay TIS (necesita una consulta basal y una consulta posterior).</translation>
        </message>
        <message>
            <source>(partial: estimate)</source>
            <translation>(parcial: estimación)</translation>
        </message>
        <message>
            <source>Total Improvement Score &lt;b&gt;{total}{partial}&lt;/b&gt;, {category}, visit {visit}; baseline visit &lt;b&gt;{baseline}&lt;/b&gt; ({reason}).</source>
            <translation>Total Improvement Score &lt;b&gt;{total}{partial}&lt;/b&gt;, {category}, consulta del {visit}; consulta basal &lt;b&gt;{baseline}&lt;/b&gt; ({reason}).</translation>
        </message>
        <message>
            <source>No confirmed deterioration at any two consecutive visits after the baseline.</source>
            <translation>Sin empeoramiento confirmado en dos consultas seguidas después de la basal.</translation>
        </message>
        <message>
            <source>No clinic visit with MMT-8 or physician global recorded.</source>
            <translation>No hay ninguna consulta con MMT-8 o valoración global del médico anotada.</translation>
        </message>
        <message>
            <source>{value} of {scale}</source>
            <translation>{value} de {scale}</translation>
        </message>
        <message>
            <source>{value} of 10 cm</source>
            <translation>{value} de 10 cm</translation>
        </message>
        <message>
            <source>CMAS &lt;b&gt;{cmas} of 52&lt;/b&gt; (higher is better) · physician global &lt;b&gt;{physician}&lt;/b&gt; (visit {day})</source>
            <translation>CMAS &lt;b&gt;{cmas} de 52&lt;/b&gt; (más alto es mejor) · global del médico &lt;b&gt;{physician}&lt;/b&gt; (consulta {day})</translation>
        </message>
        <message>
            <source>MMT-8 &lt;b&gt;{mmt}&lt;/b&gt; · physician global &lt;b&gt;{physician}&lt;/b&gt; (visit {day})</source>
            <translation>MMT-8 &lt;b&gt;{mmt}&lt;/b&gt; · valoración global del médico &lt;b&gt;{physician}&lt;/b&gt; (consulta del {day})</translation>
        </message>
        <message>
            <source>No muscle enzyme results recorded.</source>
            <translation>No hay resultados de enzimas musculares anotados.</translation>
        </message>
        <message>
            <source>(no upper limit given)</source>
            <translation>(sin límite superior indicado)</translation>
        </message>
        <message>
            <source>(all on {day})</source>
            <translation>(todos del {day})</translation>
        </message>
        <message>
            <source>Weight &lt;b&gt;{weight} kg&lt;/b&gt; ({day}{bmi})</source>
            <translation>Peso &lt;b&gt;{weight} kg&lt;/b&gt; ({day}{bmi})</translation>
        </message>
        <message>
            <source>No weight recorded</source>
            <translation>No hay peso anotado</translation>
        </message>
        <message>
            <source>next course planned &lt;b&gt;{day}&lt;/b&gt; ({when}): {g_per_kg} g/kg on the {basis} weight &lt;b&gt;{weight} kg&lt;/b&gt; = {total} g</source>
            <translation>próximo ciclo planificado &lt;b&gt;{day}&lt;/b&gt; ({when}): {g_per_kg} g/kg según el peso {basis} de &lt;b&gt;{weight} kg&lt;/b&gt; = {total} g</translation>
        </message>
        <message>
            <source>actual</source>
            <comment>the dosing weight: the body weight</comment>
            <translation>real</translation>
        </message>
        <message>
            <source>ideal (Devine)</source>
            <comment>the dosing weight</comment>
            <translation>ideal (Devine)</translation>
        </message>
        <message>
            <source>adjusted</source>
            <comment>the dosing weight: the adjusted body weight</comment>
            <translation>ajustado</translation>
        </message>
        <message>
            <source>last course {day}: {g_per_kg} g/kg dosed on the {basis} weight &lt;b&gt;{weight} kg&lt;/b&gt;</source>
            <translation>último ciclo {day}: {g_per_kg} g/kg, dosificado según el peso {basis} de &lt;b&gt;{weight} kg&lt;/b&gt;</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n día de retraso</numerusform>
                <numerusform>%n días de retraso</numerusform>
            </translation>
        </message>
        <message>
            <source>next course due &lt;b&gt;{day}&lt;/b&gt; ({when})</source>
            <translation>próximo ciclo previsto &lt;b&gt;{day}&lt;/b&gt; ({when})</translation>
        </message>
        <message numerus="yes">
            <source>week of {day}: &lt;b&gt;{steps}&lt;/b&gt; (%n day(s))</source>
            <translation>
                <numerusform>semana del {day}: &lt;b&gt;{steps}&lt;/b&gt; (%n día)</numerusform>
                <numerusform>semana del {day}: &lt;b&gt;{steps}&lt;/b&gt; (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>Average steps a day, by week (from a phone or watch):</source>
            <translation>Pasos medios al día, por semana (de un móvil o un reloj):</translation>
        </message>
        <message numerus="yes">
            <source>(the last %n weeks of the period)</source>
            <translation>
                <numerusform>(la última semana del periodo)</numerusform>
                <numerusform>(las últimas %n semanas del periodo)</numerusform>
            </translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>Deterioration</source>
            <translation>Empeoramiento</translation>
        </message>
        <message>
            <source>Muscle</source>
            <translation>Músculo</translation>
        </message>
        <message>
            <source>Enzymes (latest)</source>
            <translation>Enzimas (últimas)</translation>
        </message>
        <message>
            <source>Weight and dose</source>
            <translation>Peso y dosis</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>De un vistazo</translation>
        </message>
        <message>
            <source>{drug} {dose}</source>
            <comment>a drug and its dose</comment>
            <extracomment>The clinic report shows the average daily steps of at most this many weeks (the latest).</extracomment>
            <translation>{drug} {dose}</translation>
        </message>
        <message>
            <source>no thrombosis or kidney risk factor recorded</source>
            <translation>no hay ningún factor de riesgo de trombosis ni renal registrado</translation>
        </message>
        <message>
            <source>at risk (thrombosis and kidney: {reasons})</source>
            <translation>con riesgo (trombosis y riñón: {reasons})</translation>
        </message>
        <message>
            <source>at risk (thrombosis: {reasons})</source>
            <translation>con riesgo (trombosis: {reasons})</translation>
        </message>
        <message>
            <source>at risk (kidney: {reasons})</source>
            <translation>con riesgo (riñón: {reasons})</translation>
        </message>
        <message>
            <source>at risk ({reasons})</source>
            <translation>con riesgo ({reasons})</translation>
        </message>
    </context>
    <context>
        <name>ReportLayout</name>
        <message>
            <source>Laying out the pages</source>
            <translation>Maquetando las páginas</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <comment>the foot of a PDF page</comment>
            <translation>página {page} de {pages}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>progress: writing</comment>
            <translation>Página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>ReportPeriod</name>
        <message>
            <source>Since the last clinic visit</source>
            <translation>Desde la última consulta</translation>
        </message>
        <message>
            <source>4 weeks (one cycle)</source>
            <translation>4 semanas (un ciclo)</translation>
        </message>
        <message>
            <source>12 weeks</source>
            <translation>12 semanas</translation>
        </message>
        <message>
            <source>6 months</source>
            <translation>6 meses</translation>
        </message>
        <message>
            <source>Custom dates</source>
            <translation>Fechas personalizadas</translation>
        </message>
        <message>
            <source>previous period</source>
            <translation>periodo anterior</translation>
        </message>
        <message numerus="yes">
            <source>{start} to {end} (%n day(s))</source>
            <translation>
                <numerusform>{start} a {end} (%n día)</numerusform>
                <numerusform>{start} a {end} (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>must be one of {choices}; got {preset!r}</source>
            <translation>debe ser uno de estos: {choices}; se indicó {preset!r}</translation>
        </message>
        <message>
            <source>is required for a custom period</source>
            <translation>es obligatorio para un periodo personalizado</translation>
        </message>
        <message>
            <source>no clinic visit is recorded yet; choose another</source>
            <translation>todavía no hay ninguna consulta registrada; elija otro</translation>
        </message>
        <message>
            <source>since the clinic visit of {day}</source>
            <translation>desde la consulta del {day}</translation>
        </message>
        <message>
            <source>{start} is after the end date (to) {end}</source>
            <translation>{start} es posterior a la fecha final (hasta) {end}</translation>
        </message>
        <message>
            <source>{day} is in the future</source>
            <translation>{day} está en el futuro</translation>
        </message>
        <message>
            <source>the period may be at most 30 years</source>
            <translation>el periodo puede ser como máximo de 30 años</translation>
        </message>
    </context>
    <context>
        <name>ReportTables</name>
        <message numerus="yes">
            <source>%n more row(s) in the CSV export ({csv}).</source>
            <translation>
                <numerusform>%n fila más en la exportación CSV ({csv}).</numerusform>
                <numerusform>%n filas más en la exportación CSV ({csv}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Dates (days given)</source>
            <translation>Fechas (días administrados)</translation>
        </message>
        <message>
            <source>Product, lot</source>
            <translation>Producto, lote</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Fastest rate (mL/kg/min)</source>
            <translation>Vel. máx. (mL/kg/min)</translation>
        </message>
        <message>
            <source>Premedication</source>
            <translation>Premedicación</translation>
        </message>
        <message>
            <source>Vital signs: BP range, highest HR, °C</source>
            <translation>Constantes vitales: rango de TA, FC máxima, °C</translation>
        </message>
        <message>
            <source>Reactions (grade)</source>
            <translation>Reacciones (grado)</translation>
        </message>
        <message>
            <source>Setting</source>
            <comment>where an infusion was given</comment>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no reactions</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{dates} ({given} of {planned})</source>
            <translation>{dates} ({given} de {planned})</translation>
        </message>
        <message>
            <source>lot {lot}</source>
            <translation>lote {lot}</translation>
        </message>
        <message>
            <source>{count} of {all}</source>
            <translation>{count} de {all}</translation>
        </message>
        <message>
            <source>▲ {count} above, max {worst} × ULN</source>
            <translation>▲ {count} por encima, máx. {worst} × ULN</translation>
        </message>
        <message>
            <source>Each value with the reference range of the lab that measured it; ▲ above, ▼ below the range; × ULN = times the upper limit of normal.</source>
            <translation>Cada valor con el rango de referencia del laboratorio que lo midió; ▲ por encima, ▼ por debajo del rango; × ULN = veces el límite superior de la normalidad (upper limit of normal).</translation>
        </message>
        <message>
            <source>None in the period.</source>
            <translation>Nada en el periodo.</translation>
        </message>
        <message>
            <source>None in these days.</source>
            <translation>Nada en estos días.</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tablas</translation>
        </message>
        <message>
            <source>Infusion days ({count})</source>
            <translation>Días de infusión ({count})</translation>
        </message>
        <message>
            <source>IVIG courses ({courses} courses, {days} infusion days)</source>
            <translation>Ciclos de IVIG ({courses} ciclos, {days} días de infusión)</translation>
        </message>
        <message>
            <source>A long period: each course is one row here; every field the nurse recorded is listed below for the infusion days since {since} (the last {recent} days).</source>
            <translation>Un periodo largo: cada ciclo es aquí una fila; todo lo que anotó el personal de enfermería figura abajo para los días de infusión desde el {since} (los últimos {recent} días).</translation>
        </message>
        <message>
            <source>Infusion days since {since} ({count})</source>
            <translation>Días de infusión desde el {since} ({count})</translation>
        </message>
        <message>
            <source>▲ above the {cap} cap</source>
            <translation>▲ por encima del límite de {cap}</translation>
        </message>
        <message>
            <source>hydration {ml} mL</source>
            <translation>hidratación {ml} mL</translation>
        </message>
        <message>
            <source>day {day} of {days}</source>
            <translation>día {day} de {days}</translation>
        </message>
        <message>
            <source>exp. {day}</source>
            <comment>the expiry date of a vial</comment>
            <translation>cad. {day}</translation>
        </message>
        <message>
            <source>HR {rate}</source>
            <comment>heart rate</comment>
            <translation>FC {rate}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Time</source>
            <comment>of day</comment>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Rate steps (mL/kg/min)</source>
            <translation>Pasos de velocidad (mL/kg/min)</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Vital signs</source>
            <translation>Constantes vitales</translation>
        </message>
        <message>
            <source>Setting, notes</source>
            <translation>Lugar, notas</translation>
        </message>
        <message>
            <source>Side effects ({count})</source>
            <translation>Efectos secundarios ({count})</translation>
        </message>
        <message>
            <source>A long period: side effects are counted by kind first; listed one by one below are every serious one, every red flag and grade 3–4, and all since {since} (the last {recent} days).</source>
            <translation>Un periodo largo: los efectos secundarios se cuentan primero por tipo; abajo figuran uno a uno todos los graves, todas las señales de alarma y los de grado 3–4, y todos desde el {since} (los últimos {recent} días).</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Efecto secundario</translation>
        </message>
        <message>
            <source>Times</source>
            <comment>how many times</comment>
            <translation>Veces</translation>
        </message>
        <message>
            <source>Worst grade</source>
            <translation>Grado máximo</translation>
        </message>
        <message>
            <source>Linked to IVIG</source>
            <translation>Relacionado con IVIG</translation>
        </message>
        <message>
            <source>First – last</source>
            <translation>Primero – último</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Evolución</translation>
        </message>
        <message>
            <source>Listed one by one ({count})</source>
            <translation>Uno a uno ({count})</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Ninguno.</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>señal de alarma</translation>
        </message>
        <message>
            <source>serious</source>
            <comment>a serious side effect</comment>
            <translation>grave</translation>
        </message>
        <message>
            <source>ended {moment}</source>
            <translation>terminó {moment}</translation>
        </message>
        <message>
            <source>course of {day} (chosen)</source>
            <translation>ciclo del {day} (elegido)</translation>
        </message>
        <message>
            <source>course of {day}</source>
            <translation>ciclo del {day}</translation>
        </message>
        <message>
            <source>not linked</source>
            <translation>sin relacionar</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>Linked to</source>
            <translation>Relacionado con</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Qué se hizo</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Evolución</translation>
        </message>
        <message>
            <source>Lab results ({count})</source>
            <translation>Análisis ({count})</translation>
        </message>
        <message>
            <source>A long period: the results are summarised by year: the median (n = how many), and when some were above the lab's range, how many (▲) and the highest as × its upper limit of normal. Every result since {since} (the last {recent} days) is listed after.</source>
            <translation>Un periodo largo: los resultados se resumen por año: la mediana (n = cuántos) y, si alguno estaba por encima del rango del laboratorio, cuántos (▲) y el más alto como veces su límite superior de la normalidad (× ULN). Después figuran todos los resultados desde el {since} (los últimos {recent} días).</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Results since {since} ({count})</source>
            <translation>Resultados desde el {since} ({count})</translation>
        </message>
        <message>
            <source>Collected</source>
            <comment>the day a blood sample was taken</comment>
            <translation>Extracción</translation>
        </message>
        <message>
            <source>(entered {value} {unit})</source>
            <translation>(anotado {value} {unit})</translation>
        </message>
        <message>
            <source>range {low}–{high}</source>
            <translation>rango {low}–{high}</translation>
        </message>
        <message>
            <source>no range given</source>
            <translation>sin rango indicado</translation>
        </message>
        <message>
            <source>Clinic visits ({count})</source>
            <translation>Consultas ({count})</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Médico/a</translation>
        </message>
        <message>
            <source>Physician global (0–10)</source>
            <translation>Valoración global del médico (0–10)</translation>
        </message>
        <message>
            <source>Extramuscular (0–10)</source>
            <translation>Extramuscular (0–10)</translation>
        </message>
        <message>
            <source>CDASI activity / damage</source>
            <translation>CDASI actividad / daño</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Total Improvement Score (computed by the app)</source>
            <translation>Total Improvement Score (calculado por la aplicación)</translation>
        </message>
        <message>
            <source>No clinic visit in the period was scored.</source>
            <translation>No se puntuó ninguna consulta del periodo.</translation>
        </message>
        <message>
            <source>A long period: one row per visit; the measure-by-measure breakdown is shown for the latest scored visit ({day}).</source>
            <translation>Un periodo largo: una fila por consulta; el desglose por medida se muestra para la última consulta puntuada ({day}).</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <source>Weeks after the baseline</source>
            <translation>Semanas desde la basal</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Medidas</translation>
        </message>
        <message>
            <source>Visit {day} ({weeks} weeks after the baseline): {summary}</source>
            <translation>Consulta del {day} ({weeks} semanas desde la basal): {summary}</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>sin puntuar</translation>
        </message>
        <message>
            <source>Core set measure</source>
            <translation>Medida del conjunto básico</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Basal</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Mejoría</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Partial TIS: {count} of {all} measures, so no category (an estimate only).</source>
            <translation>TIS parcial: {count} de {all} medidas, así que sin categoría (solo una estimación).</translation>
        </message>
        <message>
            <source>{percent} (worse)</source>
            <translation>{percent} (peor)</translation>
        </message>
        <message>
            <source>Appendix: daily log</source>
            <translation>Anexo: registro diario</translation>
        </message>
        <message>
            <source>A long period: the days since {since} (the last {recent} days) are listed.</source>
            <translation>Un periodo largo: figuran los días desde el {since} (los últimos {recent} días).</translation>
        </message>
        <message>
            <source>Nothing logged in the period.</source>
            <translation>No se anotó nada en el periodo.</translation>
        </message>
        <message>
            <source>Appendix: rash photos</source>
            <translation>Anexo: fotos de la erupción</translation>
        </message>
        <message>
            <source>The first and the last photo of each chosen site in the period, side by side.</source>
            <translation>La primera y la última foto de cada zona elegida en el periodo, una al lado de la otra.</translation>
        </message>
        <message>
            <source>{count}: {scale} {value}</source>
            <translation>{count}: {scale} {value}</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Global</source>
            <comment>the patient global, a column of the daily log</comment>
            <translation>Global</translation>
        </message>
        <message>
            <source>Fatigue</source>
            <translation>Cansancio</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Itch</source>
            <translation>Picor</translation>
        </message>
        <message>
            <source>Entries: n, highest</source>
            <translation>Anotaciones: n, máximo</translation>
        </message>
        <message>
            <source>Function items above 0 (0–3)</source>
            <translation>Funciones por encima de 0 (0–3)</translation>
        </message>
        <message>
            <source>Self-tests</source>
            <translation>Autopruebas</translation>
        </message>
        <message>
            <source>Rash</source>
            <translation>Erupción</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>The file can be read only by your user account on this computer. It holds health information: share it only with people you trust.</source>
            <translation>Solo su cuenta de usuario en este ordenador puede leer el archivo. Contiene información de salud: compártalo solo con personas de su confianza.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>No se pudo escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <source>{path} already exists. Replace it?</source>
            <translation>{path} ya existe. ¿Reemplazarlo?</translation>
        </message>
        <message>
            <source>Reports and data</source>
            <translation>Informes y datos</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Sus datos</translation>
        </message>
        <message>
            <source>Everything you record is kept in this folder on this computer:
{folder}</source>
            <translation>Todo lo que anota se guarda en esta carpeta de este ordenador:
{folder}</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <source>No thrombosis or kidney risk factor recorded</source>
            <translation>No hay ningún factor de riesgo de trombosis ni de problemas de riñón registrado</translation>
        </message>
        <message>
            <source>At risk of thrombosis and kidney problems: {reasons}</source>
            <translation>Riesgo de trombosis y de problemas de riñón: {reasons}</translation>
        </message>
        <message>
            <source>At risk of thrombosis: {reasons}</source>
            <translation>Riesgo de trombosis: {reasons}</translation>
        </message>
        <message>
            <source>At risk of kidney problems: {reasons}</source>
            <translation>Riesgo de problemas de riñón: {reasons}</translation>
        </message>
    </context>
    <context>
        <name>RiskFactorsDialog</name>
        <message>
            <source>Blood clot (thrombosis) risk – tick any that apply to you:</source>
            <translation>Riesgo de coágulo de sangre (trombosis): marque todo lo que le corresponda:</translation>
        </message>
        <message>
            <source>Kidney risk:</source>
            <translation>Riesgo para el riñón:</translation>
        </message>
        <message>
            <source>{factor} (a clot and a kidney risk)</source>
            <translation>{factor} (riesgo de coágulo y de riñón)</translation>
        </message>
        <message>
            <source>Another reason my doctor gave</source>
            <translation>Otro motivo que me dio mi médico/a</translation>
        </message>
        <message>
            <source>Thrombosis and kidney risk</source>
            <translation>Riesgo de trombosis y de riñón</translation>
        </message>
        <message>
            <source>At risk of thrombosis and kidney problems: the label's maximum is {cap} mL/kg/min (the slowest rate that works is advised).</source>
            <translation>Riesgo de trombosis y de problemas de riñón: el máximo de la ficha técnica es {cap} mL/kg/min (se aconseja la velocidad más lenta que funcione).</translation>
        </message>
        <message>
            <source>At risk of thrombosis: the label's maximum is {cap} mL/kg/min (the slowest rate that works is advised).</source>
            <translation>Riesgo de trombosis: el máximo de la ficha técnica es {cap} mL/kg/min (se aconseja la velocidad más lenta que funcione).</translation>
        </message>
        <message>
            <source>At risk of kidney problems: the label's maximum is {cap} mL/kg/min (the slowest rate that works is advised).</source>
            <translation>Riesgo de problemas de riñón: el máximo de la ficha técnica es {cap} mL/kg/min (se aconseja la velocidad más lenta que funcione).</translation>
        </message>
        <message>
            <source>No risk factor ticked: the label's maximum is {cap} mL/kg/min.</source>
            <translation>Ningún factor de riesgo marcado: el máximo de la ficha técnica es {cap} mL/kg/min.</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>{item} {n}: {column}</source>
            <translation>{item} {n}: {column}</translation>
        </message>
        <message>
            <source>Remove {item} {n}</source>
            <translation>Quitar {item} {n}</translation>
        </message>
    </context>
    <context>
        <name>ScaleInput</name>
        <message>
            <source>{name}: less</source>
            <translation>{name}: menos</translation>
        </message>
        <message>
            <source>{name}: more</source>
            <translation>{name}: más</translation>
        </message>
        <message>
            <source>↻ last time</source>
            <translation>↻ la última vez</translation>
        </message>
        <message>
            <source>Carried forward from your last check-in: change it or save</source>
            <translation>Copiado de su último registro del día: cámbielo o guárdelo</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin responder</translation>
        </message>
        <message>
            <source>{value} of {top}</source>
            <translation>{value} de {top}</translation>
        </message>
        <message>
            <source>, carried forward from last time</source>
            <translation>, copiado de la última vez</translation>
        </message>
        <message>
            <source>{name}: type 0–{top}, or use the arrow keys</source>
            <translation>{name}: escriba de 0 a {top} o use las teclas de flecha</translation>
        </message>
    </context>
    <context>
        <name>Scores</name>
        <message>
            <source>none</source>
            <comment>TIS category: no improvement</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>minimal</source>
            <comment>TIS category: minimal improvement</comment>
            <translation>mínima</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>TIS category: moderate improvement</comment>
            <translation>moderada</translation>
        </message>
        <message>
            <source>major</source>
            <comment>TIS category: major improvement</comment>
            <translation>importante</translation>
        </message>
        <message>
            <source>no such clinic visit ({id})</source>
            <translation>no existe esa consulta ({id})</translation>
        </message>
        <message>
            <source>There are no clinic visits yet.</source>
            <translation>Todavía no hay consultas.</translation>
        </message>
        <message>
            <source>Default: the last complete visit (all 6 measures) on or before the first IVIG course ({day}).</source>
            <translation>Por defecto: la última consulta completa (las 6 medidas) en o antes del primer ciclo de IVIG ({day}).</translation>
        </message>
        <message>
            <source>Default: the first complete visit (all 6 measures).</source>
            <translation>Por defecto: la primera consulta completa (las 6 medidas).</translation>
        </message>
        <message>
            <source>Default: no visit has all 6 measures, so the last visit on or before the first IVIG course ({day}).</source>
            <translation>Por defecto: ninguna consulta tiene las 6 medidas, así que la última consulta en o antes del primer ciclo de IVIG ({day}).</translation>
        </message>
        <message>
            <source>Default: no visit has all 6 measures, so the first visit.</source>
            <translation>Por defecto: ninguna consulta tiene las 6 medidas, así que la primera consulta.</translation>
        </message>
        <message>
            <source>no {enzyme} with a range within {days} days</source>
            <translation>ningún {enzyme} con intervalo de referencia en {days} días</translation>
        </message>
        <message>
            <source>Chosen by you.</source>
            <translation>Elegida por usted.</translation>
        </message>
        <message>
            <source>The baseline visit you chose was deleted. {reason}</source>
            <translation>La consulta inicial que eligió se ha eliminado. {reason}</translation>
        </message>
        <message>
            <source>Chosen by you (it is also the default).</source>
            <translation>Elegida por usted (también es la opción por defecto).</translation>
        </message>
        <message>
            <source>partial {total} ({used} of {count})</source>
            <translation>parcial {total} ({used} de {count})</translation>
        </message>
        <message>
            <source>{total} {category}</source>
            <comment>a TIS and its category</comment>
            <translation>{total} {category}</translation>
        </message>
        <message>
            <source>Confirmed deterioration (ProDERM rule) needs two visits after the baseline; not checked yet.</source>
            <translation>El empeoramiento confirmado (regla ProDERM) necesita dos consultas después del valor inicial; todavía no se ha comprobado.</translation>
        </message>
        <message>
            <source>No confirmed deterioration (ProDERM rule): checked by the app at every two consecutive visits after the baseline.</source>
            <translation>Sin empeoramiento confirmado (regla ProDERM): comprobado por la aplicación en cada dos consultas seguidas después del valor inicial.</translation>
        </message>
        <message>
            <source>⚠ Warning – confirmed deterioration (ProDERM rule), checked by the app: at the visits of {first} and {second}, compared with the baseline of {baseline}: {reasons}. This is a warning to discuss with your care team, not a score.</source>
            <translation>⚠ Aviso – empeoramiento confirmado (regla ProDERM), comprobado por la aplicación: en las consultas del {first} y del {second}, frente al valor inicial del {baseline}: {reasons}. Es un aviso para comentar con su equipo médico, no una puntuación.</translation>
        </message>
    </context>
    <context>
        <name>SelfTestDialog</name>
        <message>
            <source>times</source>
            <comment>a count of repetitions</comment>
            <translation>veces</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>metres</source>
            <translation>metros</translation>
        </message>
        <message>
            <source>Self-test for {day}</source>
            <translation>Autoprueba del {day}</translation>
        </message>
        <message>
            <source>&amp;Which test?</source>
            <translation>¿&amp;Qué prueba?</translation>
        </message>
        <message>
            <source>Which test</source>
            <translation>Qué prueba</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Temporizador</translation>
        </message>
        <message>
            <source>Start the timer (Space)</source>
            <translation>Iniciar el temporizador (Espacio)</translation>
        </message>
        <message>
            <source>Name of your test</source>
            <translation>Nombre de su prueba</translation>
        </message>
        <message>
            <source>Unit of your test</source>
            <translation>Unidad de su prueba</translation>
        </message>
        <message>
            <source>Test &amp;name:</source>
            <translation>&amp;Nombre de la prueba:</translation>
        </message>
        <message>
            <source>U&amp;nit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>&amp;Resultado:</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>S&amp;ide:</source>
            <translation>&amp;Lado:</translation>
        </message>
        <message>
            <source>Where</source>
            <comment>the test was done</comment>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Dónde:</translation>
        </message>
        <message>
            <source>Aids used</source>
            <translation>Ayudas utilizadas</translation>
        </message>
        <message>
            <source>e.g. used the armrests, a cane</source>
            <translation>p. ej., usé los reposabrazos, un bastón</translation>
        </message>
        <message>
            <source>&amp;Aids:</source>
            <translation>&amp;Ayudas:</translation>
        </message>
        <message>
            <source>How hard was it (exertion)</source>
            <translation>Cuánto le costó (esfuerzo)</translation>
        </message>
        <message>
            <source>nothing</source>
            <comment>0 on the exertion scale</comment>
            <translation>nada</translation>
        </message>
        <message>
            <source>maximal</source>
            <comment>10 on the exertion scale</comment>
            <translation>máximo</translation>
        </message>
        <message>
            <source>&amp;Exertion:</source>
            <translation>&amp;Esfuerzo:</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Guardar (Intro)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <source>Press Space to start the countdown, then type your count.</source>
            <translation>Pulse Espacio para iniciar la cuenta atrás y luego escriba cuántas veces lo hizo.</translation>
        </message>
        <message>
            <source>Press Space to start the stopwatch and Space again to stop it.</source>
            <translation>Pulse Espacio para iniciar el cronómetro y Espacio otra vez para pararlo.</translation>
        </message>
        <message>
            <source>Type your result when you are done.</source>
            <translation>Escriba su resultado cuando termine.</translation>
        </message>
        <message>
            <source>Stop (Space)</source>
            <translation>Parar (Espacio)</translation>
        </message>
        <message>
            <source>Go!</source>
            <translation>¡Ya!</translation>
        </message>
        <message>
            <source>Running… Space stops it.</source>
            <translation>En marcha… Espacio lo para.</translation>
        </message>
        <message>
            <source>Time!</source>
            <translation>¡Tiempo!</translation>
        </message>
        <message>
            <source>Time is up. Type your result and press Enter.</source>
            <translation>Se acabó el tiempo. Escriba su resultado y pulse Intro.</translation>
        </message>
        <message>
            <source>Stopped. Press Enter to keep this time, or type another.</source>
            <translation>Parado. Pulse Intro para quedarse con este tiempo o escriba otro.</translation>
        </message>
        <message>
            <source>Test name</source>
            <translation>Nombre de la prueba</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
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
            <translation>Ciclo vinculado</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Efecto secundario</translation>
        </message>
        <message>
            <source>Started at</source>
            <translation>Empezó a las</translation>
        </message>
        <message>
            <source>Ended at</source>
            <translation>Terminó a las</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>Grave</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Señal de alarma</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Qué se hizo</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Evolución</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>– choose how bad it was –</source>
            <translation>– elija cuánto le afectó –</translation>
        </message>
        <message numerus="yes">
            <source>course from {date} (%n day(s))</source>
            <translation>
                <numerusform>ciclo desde el {date} (%n día)</numerusform>
                <numerusform>ciclo desde el {date} (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit side effect</source>
            <translation>Editar efecto secundario</translation>
        </message>
        <message>
            <source>Log a side effect</source>
            <translation>Registrar un efecto secundario</translation>
        </message>
        <message>
            <source>pick from the list or type your own words</source>
            <translation>elija de la lista o escríbalo con sus palabras</translation>
        </message>
        <message>
            <source>About this side effect</source>
            <translation>Sobre este efecto secundario</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Empezó el</translation>
        </message>
        <message>
            <source>Started at: time</source>
            <translation>Empezó a las: hora</translation>
        </message>
        <message>
            <source>&amp;Has ended</source>
            <translation>&amp;Ya terminó</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Terminó el</translation>
        </message>
        <message>
            <source>Ended at: time</source>
            <translation>Terminó a las: hora</translation>
        </message>
        <message>
            <source>today</source>
            <comment>the latest date allowed</comment>
            <translation>hoy</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <comment>how a time is typed</comment>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>Se&amp;rious (put me in hospital)</source>
            <translation>G&amp;rave (acabé en el hospital)</translation>
        </message>
        <message>
            <source>It put me in hospital, could have killed me, or left lasting harm</source>
            <translation>Acabé en el hospital, pudo costarme la vida o me dejó secuelas</translation>
        </message>
        <message>
            <source>About serious</source>
            <translation>Sobre «grave»</translation>
        </message>
        <message>
            <source>Red &amp;flag – needs urgent care</source>
            <translation>&amp;Señal de alarma: necesita atención urgente</translation>
        </message>
        <message>
            <source>Automatic: the course it started during or within 72 h after</source>
            <translation>Automático: el ciclo durante el que empezó o en las 72 h siguientes</translation>
        </message>
        <message>
            <source>Not linked to a course</source>
            <translation>Sin vincular a un ciclo</translation>
        </message>
        <message>
            <source>Automatic link</source>
            <translation>Vínculo automático</translation>
        </message>
        <message>
            <source>Side &amp;effect</source>
            <translation>&amp;Efecto secundario</translation>
        </message>
        <message>
            <source>Started a&amp;t</source>
            <translation>Empe&amp;zó</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminó</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Gravedad</translation>
        </message>
        <message>
            <source>&amp;Action taken</source>
            <translation>&amp;Qué se hizo</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>Evol&amp;ución</translation>
        </message>
        <message>
            <source>&amp;Linked course</source>
            <translation>Ciclo &amp;vinculado</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>Red flag ({title}): {urgent}. The message shows before saving; choose the grade; the record is marked.</source>
            <translation>Señal de alarma ({title}): {urgent}. El mensaje aparece antes de guardar; elija la gravedad; el registro queda marcado.</translation>
        </message>
        <message>
            <source>Your own words (not on the list).</source>
            <translation>Sus propias palabras (no está en la lista).</translation>
        </message>
        <message>
            <source>“Serious” is ticked because you went to hospital; untick it if it was not.</source>
            <translation>«Grave» está marcado porque fue al hospital; desmárquelo si no lo fue.</translation>
        </message>
        <message>
            <source>You chose the link; it stays as chosen.</source>
            <translation>Usted eligió el vínculo; se queda como lo eligió.</translation>
        </message>
        <message>
            <source>Automatic link now: {course}.</source>
            <translation>Vínculo automático ahora: {course}.</translation>
        </message>
        <message>
            <source>Automatic link now: none (no course ran in the 72 hours before it started).</source>
            <translation>Vínculo automático ahora: ninguno (no hubo ningún ciclo en las 72 horas anteriores al inicio).</translation>
        </message>
        <message>
            <source>give the time as HH:MM, e.g. 09:30</source>
            <translation>escriba la hora como hh:mm, p. ej. 09:30</translation>
        </message>
        <message>
            <source>choose how bad it was: a red flag is never saved with a default grade</source>
            <translation>elija cuánto le afectó: una señal de alarma nunca se guarda con una gravedad por defecto</translation>
        </message>
        <message>
            <source>you chose to change your answer; nothing was saved</source>
            <translation>eligió cambiar su respuesta; no se ha guardado nada</translation>
        </message>
    </context>
    <context>
        <name>SideEffects</name>
        <message>
            <source>Mild: noticeable, no treatment needed</source>
            <translation>Leve: se nota, sin necesidad de tratamiento</translation>
        </message>
        <message>
            <source>Moderate: needed a simple treatment, or limited everyday tasks like cooking or shopping</source>
            <translation>Moderado: necesitó un tratamiento sencillo o limitó tareas cotidianas como cocinar o hacer la compra</translation>
        </message>
        <message>
            <source>Severe or medically significant: hospital care needed, or I couldn't wash, dress, eat or use the toilet on my own</source>
            <translation>Grave o importante desde el punto de vista médico: necesitó atención en el hospital, o no pude lavarme, vestirme, comer o ir al baño sin ayuda</translation>
        </message>
        <message>
            <source>Life-threatening: needed urgent treatment</source>
            <translation>Potencialmente mortal: necesitó tratamiento urgente</translation>
        </message>
        <message>
            <source>choose how bad it was (grade 1–4): a red flag is never saved with a default grade</source>
            <translation>elija lo grave que fue (grado 1–4): una señal de alarma nunca se guarda con un grado por defecto</translation>
        </message>
        <message>
            <source>{what} on {day}</source>
            <translation>{what} el {day}</translation>
        </message>
        <message>
            <source>this follow-up was already answered</source>
            <translation>este seguimiento ya se respondió</translation>
        </message>
        <message>
            <source>choose how bad it was (grade 1–4): a red flag is never saved with a default grade (use answer() with a grade)</source>
            <translation>elija lo grave que fue (grado 1–4): una señal de alarma nunca se guarda con un grado por defecto (use answer() con un grado)</translation>
        </message>
        <message>
            <source>no follow-up is due today</source>
            <translation>hoy no toca ningún seguimiento</translation>
        </message>
        <message>
            <source>is not a question on the follow-up card</source>
            <translation>no es una pregunta de la tarjeta de seguimiento</translation>
        </message>
        <message>
            <source>is not a listed red-flag term: {term!r}</source>
            <translation>no es una señal de alarma de la lista: {term!r}</translation>
        </message>
        <message>
            <source>must be a whole number from 1 to 4, got {grade!r}</source>
            <translation>debe ser un número entero del 1 al 4; se indicó {grade!r}</translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>sin molestias</translation>
        </message>
        <message>
            <source>Saved today's follow-up: {what}</source>
            <translation>Seguimiento de hoy guardado: {what}</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>no desktop display found (DISPLAY and WAYLAND_DISPLAY are not set). Start dmtracker from a desktop session, or try it without a screen: QT_QPA_PLATFORM=offscreen dmtracker --smoke-test --data-dir /tmp/dm</source>
            <translation>no se ha encontrado ninguna pantalla de escritorio (DISPLAY y WAYLAND_DISPLAY no están definidas). Abra dmtracker desde una sesión de escritorio, o pruébelo sin pantalla: QT_QPA_PLATFORM=offscreen dmtracker --smoke-test --data-dir /tmp/dm</translation>
        </message>
        <message>
            <source>dmtracker: the diary in {folder} is open already; its window was brought forward</source>
            <extracomment>Set for the new process by :func:`restart`: it waits for this one to let the folder go.</extracomment>
            <translation>dmtracker: el diario de {folder} ya está abierto; se ha traído su ventana al frente</translation>
        </message>
        <message>
            <source>dmtracker: the diary in {folder} is open already in another window</source>
            <translation>dmtracker: el diario de {folder} ya está abierto en otra ventana</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so this diary is read-only for now: you can view and export it; saving and today's backup are off. Free some space, then restart dmtracker.</source>
            <extracomment>the diaries (profiles) under the base folder: File ▸ Switch, New, Rename, Remove</extracomment>
            <translation>El disco donde está {folder} está lleno, así que por ahora este diario es de solo lectura: puede verlo y exportarlo; guardar y la copia de seguridad de hoy están desactivados. Libere algo de espacio y después reinicie dmtracker.</translation>
        </message>
        <message>
            <source>This diary is read-only: the folder {folder} cannot be written. You can view and export it; saving is turned off.</source>
            <translation>Este diario es de solo lectura: no se puede escribir en la carpeta {folder}. Puede verlo y exportarlo; guardar está desactivado.</translation>
        </message>
        <message>
            <source>Today's automatic backup was skipped: {reason}.</source>
            <translation>Se ha omitido la copia de seguridad automática de hoy: {reason}.</translation>
        </message>
        <message>
            <source>there is no good backup to restore</source>
            <translation>no hay ninguna copia de seguridad buena que restaurar</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The newest good backup is {file} from {day} {time} UTC.</source>
            <translation>La copia de seguridad correcta más reciente es {file}, del {day} a las {time} UTC.</translation>
        </message>
        <message>
            <source>There is no good backup yet.</source>
            <translation>Todavía no hay ninguna copia de seguridad correcta.</translation>
        </message>
        <message>
            <source>The database {file} is damaged ({problem}). It was not changed. {newest}</source>
            <translation>La base de datos {file} está dañada ({problem}). No se ha modificado. {newest}</translation>
        </message>
        <message>
            <source>needs an upgrade from schema {revision} to {head}, which cannot be written in the read-only folder {folder}; copy the folder somewhere writable first</source>
            <translation>necesita una actualización del esquema {revision} al {head}, que no se puede escribir en la carpeta de solo lectura {folder}; copie antes la carpeta a un lugar donde se pueda escribir</translation>
        </message>
        <message>
            <source>the database file is empty (0 bytes) but backups of it exist</source>
            <translation>el archivo de la base de datos está vacío (0 bytes), pero existen copias de seguridad de él</translation>
        </message>
        <message>
            <source>cannot read the database: {error}</source>
            <translation>no se puede leer la base de datos: {error}</translation>
        </message>
        <message>
            <source>is busy: another dmtracker process kept it locked for over {seconds} s; nothing was changed, try again</source>
            <translation>está ocupado: otro proceso de dmtracker lo ha mantenido bloqueado más de {seconds} s; no se ha cambiado nada, vuelva a intentarlo</translation>
        </message>
        <message>
            <source>foreign key problem in {table} row {row} (-&gt; {target})</source>
            <translation>problema de clave externa en {table} fila {row} (-&gt; {target})</translation>
        </message>
        <message>
            <source>the diary in {root} is being converted or restored by another dmtracker process; try again when it has finished</source>
            <translation>otro proceso de dmtracker está convirtiendo o restaurando el diario en {root}; vuelva a intentarlo cuando haya terminado</translation>
        </message>
        <message>
            <source>the diary in {root} is open in another dmtracker window or command; close it first, then try again</source>
            <translation>el diario en {root} está abierto en otra ventana u orden de dmtracker; ciérrelo primero y vuelva a intentarlo</translation>
        </message>
        <message>
            <source>{file} is not a dmtracker database (no schema version)</source>
            <translation>{file} no es una base de datos de dmtracker (sin versión de esquema)</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of dmtracker (schema {current}); this version knows schemas up to {head}. Install the newer version, or restore a backup.</source>
            <translation>Estos datos se guardaron con una versión más nueva de dmtracker (esquema {current}); esta versión conoce esquemas hasta el {head}. Instale la versión más nueva o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>integrity check failed after upgrade: {problem}</source>
            <translation>la comprobación de integridad falló después de la actualización: {problem}</translation>
        </message>
        <message>
            <source>Upgrading the database from schema {current} to {head} failed: {error}. Your data is unchanged; a copy is in {backup}.</source>
            <translation>La actualización de la base de datos del esquema {current} al {head} ha fallado: {error}. Sus datos no han cambiado; hay una copia en {backup}.</translation>
        </message>
        <message>
            <source>{path} {reason}; move it away or choose another folder</source>
            <translation>{path}: {reason}; muévalo o elija otra carpeta</translation>
        </message>
        <message>
            <source>is a link to nothing</source>
            <translation>es un enlace que no lleva a nada</translation>
        </message>
        <message>
            <source>is a file, not a folder</source>
            <translation>es un archivo, no una carpeta</translation>
        </message>
        <message>
            <source>the photo vault does not open ({error})</source>
            <translation>el almacén de fotos no se abre ({error})</translation>
        </message>
        <message>
            <source>{file} is missing</source>
            <translation>falta {file}</translation>
        </message>
        <message>
            <source>{file} cannot be read ({error})</source>
            <translation>{file} no se puede leer ({error})</translation>
        </message>
        <message>
            <source>{file} names a place outside the photos folder</source>
            <translation>{file} indica un lugar fuera de la carpeta de fotos</translation>
        </message>
        <message>
            <source>the disk holding {folder} is full: free at least {size} there and try again (nothing was changed)</source>
            <translation>el disco que contiene {folder} está lleno: libere allí al menos {size} y vuelva a intentarlo (no se ha cambiado nada)</translation>
        </message>
        <message>
            <source>the folder {folder} cannot be written (read-only): the diary can be viewed and exported, not changed</source>
            <translation>no se puede escribir en la carpeta {folder} (solo lectura): el diario se puede ver y exportar, pero no cambiar</translation>
        </message>
    </context>
    <context>
        <name>TIS</name>
        <message>
            <source>No improvement (TIS below 20)</source>
            <translation>Sin mejoría (TIS menor de 20)</translation>
        </message>
        <message>
            <source>Minimal improvement (TIS 20 or more)</source>
            <translation>Mejoría mínima (TIS de 20 o más)</translation>
        </message>
        <message>
            <source>Moderate improvement (TIS 40 or more)</source>
            <translation>Mejoría moderada (TIS de 40 o más)</translation>
        </message>
        <message>
            <source>Major improvement (TIS 60 or more)</source>
            <translation>Mejoría importante (TIS de 60 o más)</translation>
        </message>
        <message>
            <source>No improvement (juvenile TIS below 30)</source>
            <extracomment>Juvenile DM (2016 ACR/EULAR juvenile criteria, Rider et al., Arthritis Rheumatol 2017;69:911; Ann Rheum Dis 2017;76:782): the same conversion table, higher thresholds.</extracomment>
            <translation>Sin mejoría (TIS juvenil menor de 30)</translation>
        </message>
        <message>
            <source>Minimal improvement (juvenile TIS 30 or more)</source>
            <translation>Mejoría mínima (TIS juvenil de 30 o más)</translation>
        </message>
        <message>
            <source>Moderate improvement (juvenile TIS 45 or more)</source>
            <translation>Mejoría moderada (TIS juvenil de 45 o más)</translation>
        </message>
        <message>
            <source>Major improvement (juvenile TIS 70 or more)</source>
            <translation>Mejoría importante (TIS juvenil de 70 o más)</translation>
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
            <translation>&gt; {lower} a {upper} %</translation>
        </message>
        <message>
            <source>Rule (ProDERM, as the app applies it): at 2 consecutive visits vs baseline, physician global ≥ 2 cm and MMT-8 ≥ 20 % worse; or extramuscular global ≥ 2 cm worse; or ≥ 3 of the 5 non-enzyme core set measures ≥ 30 % worse. % of the scale, as in the TIS (the published wording does not say whether of the scale or of the baseline value).</source>
            <extracomment>Points per core set measure by percent improvement [PMC5577002 Table 3]. The rule in one paragraph, shown next to the check wherever it appears (issue 16 item 7): clinical.md §2 gives it from ProDERM (Aggarwal et al., NEJM 2022), and the ProDERM safety paper prints the same definition (Arthritis Res Ther 2023;25:94, Fig. 1 legend: "change from baseline on two consecutive visits in Physician's Global Disease Activity VAS worsening ≥ 2 cm and MMT-8 worsening ≥ 20%, OR global extra-muscular activity worsening ≥ 2 cm on the MDAAT VAS, OR any three of five CSM (core set measures, excluding enzymes) worsening by ≥ 30%"). Neither says whether a percentage is of the scale (as the app computes it, like the TIS) or of the baseline value (as the IMACS definition of worsening reads): hence the text is shown.</extracomment>
            <translation>Regla (ProDERM, tal como la aplica la aplicación): en 2 consultas seguidas frente al valor inicial, la valoración global del médico ≥ 2 cm y el MMT-8 ≥ 20 % peor; o la valoración global extramuscular ≥ 2 cm peor; o ≥ 3 de las 5 medidas del conjunto básico sin la enzima ≥ 30 % peor. % de la escala, como en el TIS (el texto publicado no dice si de la escala o del valor inicial).</translation>
        </message>
        <message>
            <source>physician global activity worse by 2 cm or more and MMT-8 worse by 20 % or more</source>
            <extracomment>ProDERM's three ways to meet confirmed deterioration (each at two consecutive visits).</extracomment>
            <translation>valoración global de la actividad por el médico 2 cm o más peor y MMT-8 un 20 % o más peor</translation>
        </message>
        <message>
            <source>extramuscular global activity worse by 2 cm or more</source>
            <translation>actividad global extramuscular 2 cm o más peor</translation>
        </message>
        <message>
            <source>at least 3 of the 5 core set measures other than the enzyme worse by 30 % or more</source>
            <translation>al menos 3 de las 5 medidas del conjunto básico distintas de la enzima un 30 % o más peor</translation>
        </message>
        <message>
            <source>Partial TIS {total} ({used} of {count} measures)</source>
            <translation>TIS parcial {total} ({used} de {count} medidas)</translation>
        </message>
        <message>
            <source>TIS {total} (no improvement)</source>
            <translation>TIS {total} (sin mejoría)</translation>
        </message>
        <message>
            <source>TIS {total} (minimal improvement)</source>
            <translation>TIS {total} (mejoría mínima)</translation>
        </message>
        <message>
            <source>TIS {total} (moderate improvement)</source>
            <translation>TIS {total} (mejoría moderada)</translation>
        </message>
        <message>
            <source>TIS {total} (major improvement)</source>
            <translation>TIS {total} (mejoría importante)</translation>
        </message>
        <message>
            <source>Juvenile TIS {total} (no improvement)</source>
            <translation>TIS juvenil {total} (sin mejoría)</translation>
        </message>
        <message>
            <source>Juvenile TIS {total} (minimal improvement)</source>
            <translation>TIS juvenil {total} (mejoría mínima)</translation>
        </message>
        <message>
            <source>Juvenile TIS {total} (moderate improvement)</source>
            <translation>TIS juvenil {total} (mejoría moderada)</translation>
        </message>
        <message>
            <source>Juvenile TIS {total} (major improvement)</source>
            <translation>TIS juvenil {total} (mejoría importante)</translation>
        </message>
        <message>
            <source>muscle strength is measured with {baseline} at baseline but with {followup} at follow-up; the two cannot be compared. Use the same measure at both visits.</source>
            <translation>la fuerza muscular se midió con {baseline} al inicio pero con {followup} en el seguimiento; no se pueden comparar. Use la misma medida en las dos consultas.</translation>
        </message>
        <message>
            <source>baseline is on the {baseline} scale but follow-up is on the {followup} scale; the two cannot be compared. Enter both on the same scale.</source>
            <translation>el valor inicial está en la escala {baseline} y el de seguimiento en la escala {followup}; no se pueden comparar. Introduzca los dos en la misma escala.</translation>
        </message>
        <message>
            <source>Confirmed deterioration at follow-up visits {first} and {second} compared with baseline: {reasons}. This is a warning to discuss with your care team, not a score.</source>
            <translation>Empeoramiento confirmado en las consultas de seguimiento {first} y {second} frente al valor inicial: {reasons}. Es un aviso para comentar con su equipo médico, no una puntuación.</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>sin puntuar</translation>
        </message>
        <message>
            <source>computed by the app</source>
            <translation>calculado por la aplicación</translation>
        </message>
        <message>
            <source>Physician global, extramuscular global and MMT-8 come from the clinic visit. Patient global is your daily check-in answer "How active my disease feels" (0–10, standing in for the 0–10 cm scale) nearest the visit, within {patient_days} days. HAQ-DI is your HAQ-DI score nearest the visit, within {haq_days} days. The enzyme is the lab result nearest the visit, within {lab_days} days, compared as a multiple of that lab's own upper limit. Percentages are shown rounded to {step}; the points are decided on the exact value.</source>
            <translation>La valoración global del médico, la valoración global extramuscular y el MMT-8 proceden de la consulta. La valoración global del paciente es su respuesta del registro del día «Lo activa que siento mi enfermedad» (0–10, en lugar de la escala de 0–10 cm) más cercana a la consulta, en un plazo de {patient_days} días. El HAQ-DI es su puntuación del HAQ-DI más cercana a la consulta, en un plazo de {haq_days} días. La enzima es el resultado de análisis más cercano a la consulta, en un plazo de {lab_days} días, comparado como múltiplo del límite superior propio de ese laboratorio. Los porcentajes se muestran redondeados a {step}; los puntos se deciden con el valor exacto.</translation>
        </message>
        <message>
            <source>Physician global, extramuscular global, parent global and the CMAS (or MMT-8) come from the clinic visit; the parent global stands in for the patient global (where a visit has none, the daily check-in answer nearest the visit, within {patient_days} days). The CHAQ is the CHAQ score nearest the visit, within {haq_days} days, in place of the HAQ-DI. The enzyme is the lab result nearest the visit, within {lab_days} days, compared as a multiple of that lab's own upper limit. Percentages are shown rounded to {step}; the points are decided on the exact value.</source>
            <extracomment>The same for a juvenile (JDM) profile: the parent global, the CMAS and the CHAQ.</extracomment>
            <translation>La valoración global del médico, la extramuscular, la de los padres y el CMAS (o MMT-8) proceden de la consulta; la valoración global de los padres sustituye a la del paciente (si la consulta no la tiene, la respuesta del registro diario más cercana a la consulta, en un plazo de {patient_days} días). El CHAQ es la puntuación del CHAQ más cercana a la consulta, en un plazo de {haq_days} días, en lugar del HAQ-DI. La enzima es el resultado de laboratorio más cercano a la consulta, en un plazo de {lab_days} días, comparado como múltiplo del límite superior de ese laboratorio. Los porcentajes se muestran redondeados a {step}; los puntos se deciden con el valor exacto.</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>el mismo día</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n día antes</numerusform>
                <numerusform>%n días antes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) after</source>
            <translation>
                <numerusform>%n día después</numerusform>
                <numerusform>%n días después</numerusform>
            </translation>
        </message>
        <message>
            <source>{percent} % (worse)</source>
            <translation>{percent} % (peor)</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{name} {value} U/L {sign} {multiple} × ULN {uln}</source>
            <translation>{name} {value} U/L {sign} {multiple} × LSN {uln}</translation>
        </message>
        <message>
            <source>lab of {day} ({when})</source>
            <translation>análisis del {day} ({when})</translation>
        </message>
        <message>
            <source>{day} ({count} of {total} measures)</source>
            <translation>{day} ({count} de {total} medidas)</translation>
        </message>
        <message>
            <source>Not scored: {reason}</source>
            <translation>Sin puntuar: {reason}</translation>
        </message>
        <message>
            <source>Partial TIS {total} ({used} of {count} measures; no category) – {origin}</source>
            <translation>TIS parcial {total} ({used} de {count} medidas; sin categoría) – {origin}</translation>
        </message>
        <message>
            <source>TIS {total} – no improvement ({origin})</source>
            <translation>TIS {total} – sin mejoría ({origin})</translation>
        </message>
        <message>
            <source>TIS {total} – minimal improvement ({origin})</source>
            <translation>TIS {total} – mejoría mínima ({origin})</translation>
        </message>
        <message>
            <source>TIS {total} – moderate improvement ({origin})</source>
            <translation>TIS {total} – mejoría moderada ({origin})</translation>
        </message>
        <message>
            <source>TIS {total} – major improvement ({origin})</source>
            <translation>TIS {total} – mejoría importante ({origin})</translation>
        </message>
        <message>
            <source>partial TIS ({used} of {count}): no category</source>
            <translation>TIS parcial ({used} de {count}): sin categoría</translation>
        </message>
        <message>
            <source>clinic visit</source>
            <translation>consulta</translation>
        </message>
        <message>
            <source>not recorded at the visit</source>
            <translation>no registrado en la consulta</translation>
        </message>
        <message>
            <source>no check-in within {days} days</source>
            <translation>ningún registro del día en {days} días</translation>
        </message>
        <message>
            <source>no CHAQ within {days} days</source>
            <translation>ningún CHAQ en {days} días</translation>
        </message>
        <message>
            <source>no HAQ-DI within {days} days</source>
            <translation>ningún HAQ-DI en {days} días</translation>
        </message>
        <message>
            <source>check-in of {day} ({when})</source>
            <translation>registro del día del {day} ({when})</translation>
        </message>
        <message>
            <source>CHAQ of {day} ({when})</source>
            <translation>CHAQ del {day} ({when})</translation>
        </message>
        <message>
            <source>HAQ-DI of {day} ({when})</source>
            <translation>HAQ-DI del {day} ({when})</translation>
        </message>
        <message>
            <source>parent global at the clinic visit</source>
            <translation>valoración global de los padres en la consulta</translation>
        </message>
        <message>
            <source>{total} of {scale}</source>
            <comment>an MMT-8 total of its scale</comment>
            <translation>{total} de {scale}</translation>
        </message>
        <message>
            <source>CMAS {total} of 52</source>
            <translation>CMAS {total} de 52</translation>
        </message>
        <message>
            <source>no MMT-8 total at the visit</source>
            <translation>sin total del MMT-8 en la consulta</translation>
        </message>
        <message>
            <source>{name} of {day} not used: no upper reference limit</source>
            <translation>{name} del {day} no usado: sin límite superior de referencia</translation>
        </message>
        <message>
            <source>{name} of {day} not used: a value of 0</source>
            <translation>{name} del {day} no usado: un valor de 0</translation>
        </message>
        <message>
            <source>lab of {day}</source>
            <translation>análisis del {day}</translation>
        </message>
        <message>
            <source>no muscle enzyme with a range within {days} days</source>
            <translation>ninguna enzima muscular con intervalo de referencia en {days} días</translation>
        </message>
    </context>
    <context>
        <name>TaperDialog</name>
        <message>
            <source>Lower by</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>every (days)</source>
            <translation>cada (días)</translation>
        </message>
        <message>
            <source>down to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Taper builder</source>
            <translation>Crear pauta descendente</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>made from the medication and start dose</source>
            <translation>se forma con el medicamento y la dosis inicial</translation>
        </message>
        <message>
            <source>&amp;Medication</source>
            <translation>&amp;Medicamento</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Start &amp;dose</source>
            <translation>&amp;Dosis inicial</translation>
        </message>
        <message>
            <source>Start dose</source>
            <translation>Dosis inicial</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unidad</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>Fecha de &amp;inicio</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Taper label</source>
            <translation>Nombre de la pauta descendente</translation>
        </message>
        <message>
            <source>Steps: lower the dose by an amount every so many days until it reaches “down to”; then the next step takes over. Down to 0 stops the medicine after the last dose.</source>
            <translation>Pasos: bajar la dosis una cantidad cada tantos días hasta llegar a «hasta»; después sigue el paso siguiente. Hasta 0 deja el medicamento tras la última dosis.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>&amp;Add a step</source>
            <translation>&amp;Añadir un paso</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>Taper dose rows</source>
            <translation>Registros de dosis de la pauta</translation>
        </message>
        <message>
            <source>Taper summary</source>
            <translation>Resumen de la pauta</translation>
        </message>
        <message>
            <source>Create dose rows (Ctrl+S)</source>
            <translation>Crear registros de dosis (Ctrl+S)</translation>
        </message>
        <message>
            <source>lower by</source>
            <translation>bajar</translation>
        </message>
        <message>
            <source>Check the taper</source>
            <translation>Revise la pauta</translation>
        </message>
        <message>
            <source>then {dose} a day from {date} on</source>
            <translation>después {dose} al día desde el {date}</translation>
        </message>
        <message>
            <source>the last dose on {date}</source>
            <translation>la última dosis el {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n dose row(s) from {date}, {ends}.</source>
            <translation>
                <numerusform>%n registro de dosis desde el {date}, {ends}.</numerusform>
                <numerusform>%n registros de dosis desde el {date}, {ends}.</numerusform>
            </translation>
        </message>
        <message>
            <source>In all {grams} (computed by the app).</source>
            <translation>En total {grams} (calculado por la aplicación).</translation>
        </message>
        <message>
            <source>“{name}” is new: it is added to your medications.</source>
            <translation>«{name}» es nuevo: se añade a sus medicamentos.</translation>
        </message>
    </context>
    <context>
        <name>ThrombosisHistoryDialog</name>
        <message>
            <source>You logged a sign of a blood clot or stroke. If a doctor confirmed a clot (in a vein or an artery, including a stroke), record it in your profile: a history of thrombosis is a risk factor on the IVIG label, and the app then plans and checks later infusions at no more than {at_risk} mL/kg/min instead of {label}. Tell your infusion team too.</source>
            <translation>Ha registrado un signo de coágulo de sangre o de ictus. Si un médico confirmó un coágulo (en una vena o una arteria, incluido un ictus), regístrelo en su perfil: haber tenido una trombosis es un factor de riesgo según el prospecto de IVIG, y la aplicación planificará y comprobará las siguientes infusiones a no más de {at_risk} mL/kg/min en lugar de {label}. Dígaselo también a su equipo de infusión.</translation>
        </message>
        <message>
            <source>Record a history of blood clots?</source>
            <translation>¿Registrar antecedentes de coágulos de sangre?</translation>
        </message>
        <message>
            <source>Record a history of blood clots in your profile?</source>
            <translation>¿Registrar antecedentes de coágulos de sangre en su perfil?</translation>
        </message>
        <message>
            <source>&amp;Yes, record it</source>
            <translation>&amp;Sí, registrarlo</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>A&amp;hora no</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Timeline chart</source>
            <translation>Gráfico de la cronología</translation>
        </message>
        <message>
            <source>Rash (patient-reported score)</source>
            <translation>Erupción (puntuación del propio paciente)</translation>
        </message>
        <message>
            <source>How I feel (0 = none, 10 = worst)</source>
            <translation>Cómo me siento (0 = nada, 10 = lo peor)</translation>
        </message>
        <message>
            <source>today ({date})</source>
            <translation>hoy ({date})</translation>
        </message>
        <message>
            <source>{scale} (7-day mean)</source>
            <translation>{scale} (media de 7 días)</translation>
        </message>
        <message>
            <source>Possible flare</source>
            <translation>Posible brote</translation>
        </message>
        <message>
            <source>◆ entries during the day</source>
            <translation>◆ anotaciones durante el día</translation>
        </message>
        <message>
            <source>{measure} (higher is better)</source>
            <translation>{measure} (más alto es mejor)</translation>
        </message>
        <message>
            <source>{measure} (lower is better)</source>
            <translation>{measure} (más bajo es mejor)</translation>
        </message>
        <message>
            <source>Muscle enzymes (× the lab's upper limit of normal)</source>
            <translation>Enzimas musculares (× límite superior de la normalidad del laboratorio)</translation>
        </message>
        <message>
            <source>normal range (≤ 1 × ULN)</source>
            <translation>intervalo normal (≤ 1 × ULN)</translation>
        </message>
        <message>
            <source>Total Improvement Score, computed by the app (dashed: 20 minimal, 40 moderate, 60 major)</source>
            <translation>Total Improvement Score, calculado por la aplicación (discontinuas: 20 mejoría mínima, 40 moderada, 60 importante)</translation>
        </message>
        <message>
            <source>TIS (all 6 measures)</source>
            <translation>TIS (las 6 medidas)</translation>
        </message>
        <message>
            <source>partial TIS (fewer than 6 measures, no category)</source>
            <translation>TIS parcial (menos de 6 medidas, sin categoría)</translation>
        </message>
        <message>
            <source>Treatment: IVIG courses (shaded) and prednisone-equivalent</source>
            <translation>Tratamiento: ciclos de IVIG (sombreados) y equivalente de prednisona</translation>
        </message>
        <message>
            <source>mg/day</source>
            <translation>mg/día</translation>
        </message>
        <message>
            <source>IVIG course</source>
            <translation>Ciclo de IVIG</translation>
        </message>
        <message>
            <source>Prednisone-equivalent mg/day</source>
            <translation>Equivalente de prednisona mg/día</translation>
        </message>
        <message>
            <source>Side effects (height, shape and size: grade 1–4)</source>
            <translation>Efectos secundarios (altura, forma y tamaño: grado 1–4)</translation>
        </message>
        <message>
            <source>grade</source>
            <comment>axis title: the grade (severity) of a side effect</comment>
            <translation>grado</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Efecto secundario</translation>
        </message>
        <message>
            <source>Red flag ▲</source>
            <translation>Señal de alarma ▲</translation>
        </message>
        <message>
            <source>RED FLAG</source>
            <translation>SEÑAL DE ALARMA</translation>
        </message>
        <message>
            <source>Other medicines</source>
            <translation>Otros medicamentos</translation>
        </message>
    </context>
    <context>
        <name>TisChart</name>
        <message>
            <source>TIS (computed by the app)</source>
            <translation>TIS (calculado por la aplicación)</translation>
        </message>
        <message>
            <source>● filled circle: full TIS (all 6 measures), labelled with its total and category. □ hollow square: partial TIS, labelled “partial” with the number of measures (no category). ◆ baseline. Dashed lines: 20 minimal, 40 moderate, 60 major improvement.</source>
            <translation>● círculo relleno: TIS completo (las 6 medidas), con su total y su categoría. □ cuadrado vacío: TIS parcial, marcado «parcial» con el número de medidas (sin categoría). ◆ referencia. Líneas discontinuas: 20 mejoría mínima, 40 moderada, 60 importante.</translation>
        </message>
        <message>
            <source>Chart of the Total Improvement Score over time</source>
            <translation>Gráfico del Total Improvement Score a lo largo del tiempo</translation>
        </message>
        <message>
            <source>20: minimal</source>
            <translation>20: mínima</translation>
        </message>
        <message>
            <source>40: moderate</source>
            <translation>40: moderada</translation>
        </message>
        <message>
            <source>60: major</source>
            <translation>60: importante</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>referencia</translation>
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
            <translation>Enzima</translation>
        </message>
        <message>
            <source>Extramusc.</source>
            <comment>short column header: extramuscular activity</comment>
            <translation>Extramusc.</translation>
        </message>
        <message>
            <source>The Total Improvement Score (TIS, 2016 ACR/EULAR criteria) compares six core set measures at each later clinic visit with a baseline visit and gives 0–100 points: 20 or more is minimal, 40 or more moderate, 60 or more major improvement. With fewer than six measures the app shows a partial TIS and no category. All scores on this page are computed by the app from the values entered; they inform and do not replace your care team's judgement.</source>
            <translation>El Total Improvement Score (TIS, criterios ACR/EULAR de 2016) compara seis medidas básicas en cada consulta posterior con una consulta de referencia y da de 0 a 100 puntos: 20 o más es una mejoría mínima, 40 o más moderada y 60 o más importante. Con menos de seis medidas la aplicación muestra un TIS parcial y ninguna categoría. Todas las puntuaciones de esta página las calcula la aplicación con los valores introducidos; sirven de información y no sustituyen el criterio de su equipo médico.</translation>
        </message>
        <message>
            <source>Juvenile TIS (2016 ACR/EULAR juvenile criteria): ≥ 30 minimal, ≥ 45 moderate, ≥ 70 major improvement. The six core set measures are compared at each later clinic visit with a baseline visit: the physician global, the parent global (standing in for the patient global), the CMAS (or MMT-8), the CHAQ, a muscle enzyme and the extramuscular activity. All scores on this page are computed by the app from the values entered; they inform and do not replace your care team's judgement.</source>
            <translation>TIS juvenil (criterios juveniles ACR/EULAR de 2016): ≥ 30 mejoría mínima, ≥ 45 moderada, ≥ 70 importante. Las seis medidas básicas se comparan en cada consulta posterior con una consulta de referencia: la valoración global del médico, la de los padres (en lugar de la del paciente), el CMAS (o MMT-8), el CHAQ, una enzima muscular y la actividad extramuscular. Todas las puntuaciones de esta página las calcula la aplicación con los valores introducidos; sirven de información y no sustituyen el criterio de su equipo médico.</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>Points for {measure}</source>
            <translation>Puntos por {measure}</translation>
        </message>
        <message>
            <source>not scored (see below)</source>
            <translation>sin calcular (vea abajo)</translation>
        </message>
        <message>
            <source>no category (partial)</source>
            <translation>sin categoría (parcial)</translation>
        </message>
        <message>
            <source>TIS (computed by the app)</source>
            <translation>TIS (calculado por la aplicación)</translation>
        </message>
        <message>
            <source>Partial TIS (computed by the app)</source>
            <translation>TIS parcial (calculado por la aplicación)</translation>
        </message>
        <message>
            <source>&amp;Baseline visit:</source>
            <translation>Consulta de &amp;referencia:</translation>
        </message>
        <message>
            <source>Baseline visit</source>
            <translation>Consulta de referencia</translation>
        </message>
        <message>
            <source>Use the &amp;default baseline</source>
            <translation>U&amp;sar la referencia predeterminada</translation>
        </message>
        <message>
            <source>About the baseline</source>
            <translation>Sobre la referencia</translation>
        </message>
        <message>
            <source>Deterioration check</source>
            <translation>Comprobación de empeoramiento</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Semanas</translation>
        </message>
        <message>
            <source>Weeks after the baseline visit</source>
            <translation>Semanas después de la consulta de referencia</translation>
        </message>
        <message>
            <source>Total Improvement Score, 0–100, computed by the app</source>
            <translation>Total Improvement Score, 0–100, calculado por la aplicación</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>≥ 20 minimal, ≥ 40 moderate, ≥ 60 major</source>
            <translation>≥ 20 mínima, ≥ 40 moderada, ≥ 60 importante</translation>
        </message>
        <message>
            <source>TIS of each visit after the baseline</source>
            <translation>TIS de cada consulta después de la referencia</translation>
        </message>
        <message>
            <source>One row per visit after the baseline. The last six columns are the points of each measure (PhGA physician global, PtGA patient global, MMT-8, HAQ-DI, enzyme, extramuscular); they add up to the TIS.</source>
            <translation>Una fila por consulta después de la referencia. Las seis últimas columnas son los puntos de cada medida (PhGA valoración global del médico, PtGA valoración global del paciente, MMT-8, HAQ-DI, enzima, extramuscular); su suma es el TIS.</translation>
        </message>
        <message>
            <source>TIS of the selected visit</source>
            <translation>TIS de la consulta seleccionada</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Baseline (and where it came from)</source>
            <translation>Referencia (y de dónde procede)</translation>
        </message>
        <message>
            <source>Follow-up (and where it came from)</source>
            <translation>Seguimiento (y de dónde procede)</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Mejoría</translation>
        </message>
        <message>
            <source>Percent improvement from baseline (negative = worse), rounded</source>
            <translation>Mejoría respecto a la referencia en porcentaje (negativo = peor), redondeada</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>sin calcular</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Tramo</translation>
        </message>
        <message>
            <source>The improvement that scores these points</source>
            <translation>La mejoría que da estos puntos</translation>
        </message>
        <message>
            <source>The six measures of the selected visit</source>
            <translation>Las seis medidas de la consulta seleccionada</translation>
        </message>
        <message>
            <source>{visit} – default</source>
            <translation>{visit} – predeterminada</translation>
        </message>
        <message>
            <source>No clinic visits yet: add visits on the Visits tab to see the TIS.</source>
            <translation>Aún no hay consultas: añada consultas en la pestaña «Consultas» para ver el TIS.</translation>
        </message>
        <message>
            <source>Baseline: the visit of {date} ({count} of 6 measures).</source>
            <translation>Referencia: la consulta del {date} ({count} de 6 medidas).</translation>
        </message>
        <message>
            <source>Missing at baseline: {measures}.</source>
            <translation>Falta en la referencia: {measures}.</translation>
        </message>
        <message>
            <source>Where the values come from: {sources}</source>
            <translation>De dónde proceden los valores: {sources}</translation>
        </message>
        <message>
            <source>Measures of a visit</source>
            <translation>Medidas de una consulta</translation>
        </message>
        <message>
            <source>Select a visit above to see how its TIS was computed.</source>
            <translation>Seleccione una consulta arriba para ver cómo se calculó su TIS.</translation>
        </message>
        <message>
            <source>Visit of {date} compared with the baseline of {baseline}</source>
            <translation>Consulta del {date} comparada con la referencia del {baseline}</translation>
        </message>
        <message>
            <source>. Not scored (missing at baseline or at this visit): {measures}.</source>
            <translation>. Sin calcular (falta en la referencia o en esta consulta): {measures}.</translation>
        </message>
        <message>
            <source>Not used: {notes}.</source>
            <translation>No se usa: {notes}.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>TIS category: no improvement</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>minimal</source>
            <comment>TIS category: minimal improvement</comment>
            <translation>mínima</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>TIS category: moderate improvement</comment>
            <translation>moderada</translation>
        </message>
        <message>
            <source>major</source>
            <comment>TIS category: major improvement</comment>
            <translation>importante</translation>
        </message>
        <message>
            <source>partial {total} ({used} of {all})</source>
            <translation>parcial {total} ({used} de {all})</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>How active my child's disease feels</source>
            <translation>Lo activa que noto la enfermedad de mi hijo</translation>
        </message>
        <message>
            <source>My child's fatigue</source>
            <translation>Cansancio de mi hijo</translation>
        </message>
        <message>
            <source>My child's pain</source>
            <translation>Dolor de mi hijo</translation>
        </message>
        <message>
            <source>My child's worst itch</source>
            <translation>Picor más intenso de mi hijo</translation>
        </message>
        <message>
            <source>none</source>
            <comment>0 on a 0–10 scale</comment>
            <translation>nada</translation>
        </message>
        <message>
            <source>moderate</source>
            <comment>5 on a 0–10 scale</comment>
            <translation>moderado</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <comment>10 on a 0–10 scale</comment>
            <translation>lo peor imaginable</translation>
        </message>
        <message>
            <source>Not saved yet: the form shows what you typed before the app closed. Press Ctrl+S to save it, or change the day to leave it.</source>
            <translation>Aún no guardado: el formulario muestra lo que escribió antes de que se cerrara la aplicación. Pulse Ctrl+S para guardarlo o cambie de día para dejarlo.</translation>
        </message>
        <message>
            <source>Not logged yet. Start here: type a number from 0 to 10 for each line (Tab moves to the next), then press Ctrl+S to save. It takes under a minute.</source>
            <translation>Aún sin registrar. Empiece aquí: escriba un número del 0 al 10 en cada línea (Tab pasa a la siguiente) y luego pulse Ctrl+S para guardar. Lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>Day to log</source>
            <translation>Día que registrar</translation>
        </message>
        <message>
            <source>Log a past day (Ctrl+Page Up / Ctrl+Page Down)</source>
            <translation>Registrar un día anterior (Ctrl+RePág / Ctrl+AvPág)</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>Back to t&amp;oday</source>
            <translation>Volver a ho&amp;y</translation>
        </message>
        <message>
            <source>How are you today?</source>
            <translation>¿Cómo se encuentra hoy?</translation>
        </message>
        <message>
            <source>Ans&amp;wered by:</source>
            <translation>Respondido &amp;por:</translation>
        </message>
        <message>
            <source>the child</source>
            <translation>el niño / la niña</translation>
        </message>
        <message>
            <source>a parent</source>
            <translation>el padre o la madre</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Respondido por</translation>
        </message>
        <message>
            <source>0 = none, 10 = worst imaginable. Type a number, or use the arrow keys.</source>
            <translation>0 = nada, 10 = lo peor imaginable. Escriba un número o use las flechas del teclado.</translation>
        </message>
        <message>
            <source>Everyday tasks (over the last day)</source>
            <translation>Tareas cotidianas (durante el último día)</translation>
        </message>
        <message>
            <source>&amp;Notes (Ctrl+Enter saves)</source>
            <translation>&amp;Notas (Ctrl+Intro guarda)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;Save check-in (Ctrl+S)</source>
            <translation>&amp;Guardar registro del día (Ctrl+S)</translation>
        </message>
        <message>
            <source>Self-tests</source>
            <translation>Autopruebas</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Where</source>
            <comment>where the self-test was done</comment>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Exertion</source>
            <translation>Esfuerzo</translation>
        </message>
        <message>
            <source>Self-tests of the day</source>
            <translation>Autopruebas del día</translation>
        </message>
        <message>
            <source>Add a self-&amp;test (Ctrl+T)</source>
            <translation>Añadir au&amp;toprueba (Ctrl+T)</translation>
        </message>
        <message>
            <source>Rash</source>
            <translation>Erupción</translation>
        </message>
        <message>
            <source>Log &amp;rash (Ctrl+R)</source>
            <translation>Anotar &amp;erupción (Ctrl+R)</translation>
        </message>
        <message>
            <source>today</source>
            <comment>the latest day</comment>
            <translation>hoy</translation>
        </message>
        <message>
            <source>How is your child today?</source>
            <translation>¿Cómo está hoy su hijo?</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (hoy)</translation>
        </message>
        <message>
            <source>{day} (a past day)</source>
            <translation>{day} (un día anterior)</translation>
        </message>
        <message>
            <source>Restored what you typed before the app closed (not saved yet).</source>
            <translation>Se ha recuperado lo que escribió antes de que se cerrara la aplicación (aún no guardado).</translation>
        </message>
        <message>
            <source>✓ Saved at {time} on {day}.</source>
            <translation>✓ Guardado a las {time} el {day}.</translation>
        </message>
        <message>
            <source>Not logged yet. Values from {day} are filled in (marked ↻) as a starting point: change them or press Ctrl+S to keep them.</source>
            <translation>Aún sin registrar. Los valores del {day} se han rellenado (marcados con ↻) como punto de partida: cámbielos o pulse Ctrl+S para conservarlos.</translation>
        </message>
        <message>
            <source>{site} (redness {redness})</source>
            <translation>{site} (enrojecimiento {redness})</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the sites of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{label}: {score}. Sites: {sites}.</source>
            <translation>{label}: {score}. Zonas: {sites}.</translation>
        </message>
        <message>
            <source>No rash logged for this day.</source>
            <translation>No hay erupción registrada para este día.</translation>
        </message>
        <message>
            <source>No IVIG course recorded yet.</source>
            <translation>Todavía no hay ningún ciclo de IVIG registrado.</translation>
        </message>
        <message>
            <source>today</source>
            <comment>when the next course is due</comment>
            <translation>hoy</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dentro de %n día</numerusform>
                <numerusform>dentro de %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last course started {day} ({dose} g/kg over %n day(s)).</source>
            <translation>
                <numerusform>Último ciclo iniciado el {day} ({dose} g/kg en %n día).</numerusform>
                <numerusform>Último ciclo iniciado el {day} ({dose} g/kg en %n días).</numerusform>
            </translation>
        </message>
        <message>
            <source>Next course due {day} ({when}, already planned).</source>
            <translation>Próximo ciclo previsto el {day} ({when}, ya planificado).</translation>
        </message>
        <message>
            <source>Next course due {day} ({when}).</source>
            <translation>Próximo ciclo previsto el {day} ({when}).</translation>
        </message>
        <message>
            <source>Reminder: today is not logged yet. It takes under a minute.</source>
            <translation>Recordatorio: hoy aún no ha registrado nada. Lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>✓ Saved at {time} for {day}.</source>
            <translation>✓ Guardado a las {time} para el {day}.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsPage</name>
        <message>
            <source>RED FLAG {term} (grade {grade})</source>
            <translation>SEÑAL DE ALARMA {term} (gravedad {grade})</translation>
        </message>
        <message>
            <source>{term} (grade {grade})</source>
            <translation>{term} (gravedad {grade})</translation>
        </message>
        <message>
            <source>{dose} (adjusted weight)</source>
            <translation>{dose} (peso ajustado)</translation>
        </message>
        <message>
            <source>{dose} (ideal weight)</source>
            <translation>{dose} (peso ideal)</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>Treatments</source>
            <translation>Tratamientos</translation>
        </message>
        <message>
            <source>Treatment records</source>
            <translation>Registros de tratamiento</translation>
        </message>
        <message>
            <source>&amp;Plan course</source>
            <translation>&amp;Planificar ciclo</translation>
        </message>
        <message>
            <source>&amp;Record infusion day…</source>
            <translation>&amp;Registrar día de infusión…</translation>
        </message>
        <message>
            <source>Edi&amp;t selected day…</source>
            <translation>E&amp;ditar el día elegido…</translation>
        </message>
        <message>
            <source>part of a lot number</source>
            <translation>parte de un número de lote</translation>
        </message>
        <message>
            <source>Search by &amp;lot number</source>
            <translation>Buscar por número de &amp;lote</translation>
        </message>
        <message>
            <source>Search infusions by lot number</source>
            <translation>Buscar infusiones por número de lote</translation>
        </message>
        <message>
            <source>IVIG courses</source>
            <translation>Ciclos de IVIG</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Days recorded</source>
            <translation>Días registrados</translation>
        </message>
        <message>
            <source>{done} of {days}</source>
            <translation>{done} de {days}</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Próximo</translation>
        </message>
        <message>
            <source>Side effects linked</source>
            <translation>Efectos secundarios vinculados</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Infusion days</source>
            <translation>Días de infusión</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Caducidad</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Course from</source>
            <translation>Ciclo desde</translation>
        </message>
        <message>
            <source>Select an infusion day to see its details.</source>
            <translation>Elija un día de infusión para ver sus detalles.</translation>
        </message>
        <message>
            <source>Details of the selected infusion day</source>
            <translation>Detalles del día de infusión elegido</translation>
        </message>
        <message>
            <source>&amp;Infusions</source>
            <translation>&amp;Infusiones</translation>
        </message>
        <message>
            <source>&amp;Log side effect…</source>
            <translation>Registrar &amp;efecto secundario…</translation>
        </message>
        <message>
            <source>Edi&amp;t selected…</source>
            <translation>E&amp;ditar el elegido…</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Side effect</source>
            <translation>Efecto secundario</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Señal de alarma</translation>
        </message>
        <message>
            <source>RED FLAG</source>
            <translation>SEÑAL DE ALARMA</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>1 noticeable · 2 needed a simple remedy · 3 needed a doctor · 4 life-threatening</source>
            <translation>1 se notaba · 2 necesitó un remedio sencillo · 3 necesitó un médico · 4 puso en peligro la vida</translation>
        </message>
        <message>
            <source>Linked course</source>
            <translation>Ciclo vinculado</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>Grave</translation>
        </message>
        <message>
            <source>serious</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Evolución</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminó</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
        <message>
            <source>Side &amp;effects</source>
            <translation>Efectos &amp;secundarios</translation>
        </message>
        <message>
            <source>Me&amp;dications</source>
            <translation>&amp;Medicamentos</translation>
        </message>
        <message>
            <source>none (chosen)</source>
            <translation>ninguno (elegido)</translation>
        </message>
        <message>
            <source>{start} (automatic)</source>
            <translation>{start} (automático)</translation>
        </message>
        <message>
            <source>{start} (chosen)</source>
            <translation>{start} (elegido)</translation>
        </message>
        <message>
            <source>course from {date}</source>
            <translation>ciclo desde el {date}</translation>
        </message>
        <message>
            <source>Plan and save a course first (Plan course tab)</source>
            <translation>Primero planifique y guarde un ciclo (pestaña «Planificar ciclo»)</translation>
        </message>
        <message>
            <source>No course yet: plan one in the Plan course tab and save it, then record its days.</source>
            <translation>Aún no hay ciclo: planifique uno en la pestaña «Planificar ciclo» y guárdelo; después registre sus días.</translation>
        </message>
        <message>
            <source>{drug} {dose} at {time}</source>
            <translation>{drug} {dose} a las {time}</translation>
        </message>
        <message>
            <source>BP {upper}/{lower}</source>
            <translation>TA {upper}/{lower}</translation>
        </message>
        <message>
            <source>pulse {rate}</source>
            <translation>pulso {rate}</translation>
        </message>
        <message>
            <source>{date}, day {number} of {days}: {product}, lot {lot}, {dose} at {weight}.</source>
            <translation>{date}, día {number} de {days}: {product}, lote {lot}, {dose} con {weight}.</translation>
        </message>
        <message>
            <source>product not given</source>
            <translation>producto sin indicar</translation>
        </message>
        <message>
            <source>Rate steps: {steps}.</source>
            <translation>Pasos de velocidad: {steps}.</translation>
        </message>
        <message>
            <source>Premedication: {premeds}. Hydration: {hydration}.</source>
            <translation>Premedicación: {premeds}. Hidratación: {hydration}.</translation>
        </message>
        <message>
            <source>Vital signs: {vitals}.</source>
            <translation>Constantes vitales: {vitals}.</translation>
        </message>
        <message>
            <source>Setting: {setting}.</source>
            <translation>Lugar: {setting}.</translation>
        </message>
        <message>
            <source>Side effects linked to this course: {effects}.</source>
            <translation>Efectos secundarios vinculados a este ciclo: {effects}.</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notas: {notes}</translation>
        </message>
        <message>
            <source>select an infusion day in the table first</source>
            <translation>primero elija un día de infusión en la tabla</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>No hay nada seleccionado</translation>
        </message>
        <message>
            <source>select a side effect in the table first</source>
            <translation>primero elija un efecto secundario en la tabla</translation>
        </message>
    </context>
    <context>
        <name>TrendsPage</name>
        <message>
            <source>4 &amp;weeks</source>
            <translation>4 &amp;semanas</translation>
        </message>
        <message>
            <source>12 wee&amp;ks</source>
            <translation>12 sema&amp;nas</translation>
        </message>
        <message>
            <source>1 &amp;year</source>
            <translation>1 añ&amp;o</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Todo</translation>
        </message>
        <message>
            <source>Show {range}</source>
            <translation>Mostrar {range}</translation>
        </message>
        <message>
            <source>Custom range start</source>
            <translation>Inicio del periodo mostrado</translation>
        </message>
        <message>
            <source>Custom range end</source>
            <translation>Fin del periodo mostrado</translation>
        </message>
        <message>
            <source>&amp;Dates shown:</source>
            <translation>Fec&amp;has mostradas:</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between the first and the last date</comment>
            <translation>a</translation>
        </message>
        <message>
            <source>6 m&amp;onths</source>
            <translation>6 m&amp;eses</translation>
        </message>
        <message>
            <source>Show &amp;range</source>
            <translation>Mostrar &amp;rango</translation>
        </message>
        <message>
            <source>7-day m&amp;ean</source>
            <translation>Media de &amp;7 días</translation>
        </message>
        <message>
            <source>&amp;Log scale for enzymes</source>
            <translation>Escala &amp;logarítmica para enzimas</translation>
        </message>
        <message>
            <source>E&amp;xport chart…</source>
            <translation>E&amp;xportar gráfico…</translation>
        </message>
        <message>
            <source>Trend views</source>
            <translation>Vistas de la evolución</translation>
        </message>
        <message>
            <source>Move the mouse over the chart, or focus it and use Ctrl+← →, to read the values of a day.</source>
            <translation>Pase el ratón por el gráfico, o selecciónelo y use Ctrl+← →, para leer los valores de un día.</translation>
        </message>
        <message>
            <source>The mouse wheel scrolls the page; Ctrl+wheel zooms the chart (the wheel alone zooms while the chart has the keyboard focus). Chart keys: ← → pan · ↑ ↓ zoom · Home shows all · Ctrl+← → move the day marker. Click a legend entry to hide it.</source>
            <translation>La rueda del ratón desplaza la página; Ctrl+rueda amplía el gráfico (la rueda sola amplía mientras el gráfico tiene el foco del teclado). Teclas del gráfico: ← → desplazar · ↑ ↓ ampliar · Inicio lo muestra todo · Ctrl+← → mueve el marcador del día. Haga clic en una entrada de la leyenda para ocultarla.</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Cronología</translation>
        </message>
        <message>
            <source>Measure for the cycle view</source>
            <translation>Medida para la vista del ciclo</translation>
        </message>
        <message>
            <source>Mea&amp;sure:</source>
            <translation>Me&amp;dida:</translation>
        </message>
        <message>
            <source>Each IVIG course starts day 0. The bold line is the median over all cycles, the band the middle half; a rise towards the end of the cycle is the wear-off before the next course. Days with values from fewer than 3 cycles have no median.</source>
            <translation>Cada ciclo de IVIG empieza el día 0. La línea gruesa es la mediana de todos los ciclos y la banda la mitad central; una subida hacia el final del ciclo es la pérdida de efecto antes del siguiente ciclo. Los días con valores de menos de 3 ciclos no tienen mediana.</translation>
        </message>
        <message>
            <source>Infusion &amp;cycle</source>
            <translation>Ciclo de in&amp;fusión</translation>
        </message>
        <message>
            <source>Flare threshold in points</source>
            <translation>Umbral de brote en puntos</translation>
        </message>
        <message>
            <source>A possible flare is a rise of at least</source>
            <translation>Un posible brote es una subida de al menos</translation>
        </message>
        <message>
            <source>points above the mean of the previous 4 logged days, in how active the disease feels or in fatigue.</source>
            <translation>puntos sobre la media de los 4 días registrados anteriores, en la actividad de la enfermedad que se siente o en el cansancio.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Mean of previous 4</source>
            <translation>Media de los 4 anteriores</translation>
        </message>
        <message>
            <source>Rise</source>
            <translation>Subida</translation>
        </message>
        <message>
            <source>Possible flares</source>
            <translation>Posibles brotes</translation>
        </message>
        <message>
            <source>&amp;Possible flares</source>
            <translation>Posibles &amp;brotes</translation>
        </message>
        <message>
            <source>the last day the chart can show</source>
            <translation>el último día que puede mostrar el gráfico</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Exportar el gráfico</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG (*.svg)</source>
            <translation>Imagen PNG (*.png);;SVG (*.svg)</translation>
        </message>
        <message>
            <source>possible flare</source>
            <translation>posible brote</translation>
        </message>
        <message>
            <source>{date}: {values}</source>
            <translation>{date}: {values}</translation>
        </message>
        <message>
            <source>nothing logged</source>
            <translation>nada registrado</translation>
        </message>
        <message>
            <source>Prednisone {dose} mg/day</source>
            <translation>Prednisona {dose} mg/día</translation>
        </message>
        <message>
            <source>{course}, course day {day}</source>
            <translation>{course}, día {day} del ciclo</translation>
        </message>
        <message>
            <source>Side effect: {term}, grade {grade} (RED FLAG)</source>
            <translation>Efecto secundario: {term}, grado {grade} (SEÑAL DE ALARMA)</translation>
        </message>
        <message>
            <source>Side effect: {term}, grade {grade}</source>
            <translation>Efecto secundario: {term}, grado {grade}</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>must be a number, got {value}</source>
            <extracomment>Tie-break order for the enzyme choice (app rule); other names follow, alphabetically.</extracomment>
            <translation>debe ser un número (se indicó {value})</translation>
        </message>
        <message>
            <source>must be a finite number, got {value}</source>
            <translation>debe ser un número finito (se indicó {value})</translation>
        </message>
        <message>
            <source>must be between {low} and {high}, got {value}</source>
            <translation>debe estar entre {low} y {high} (se indicó {value})</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>must be greater than 0, got {value}</source>
            <translation>debe ser mayor que 0 (se indicó {value})</translation>
        </message>
        <message>
            <source>must be a non-empty text, got {value}</source>
            <translation>no puede estar vacío (se indicó {value})</translation>
        </message>
        <message>
            <source>must be 80 (unilateral) or 150 (bilateral), got {value}</source>
            <translation>debe ser 80 (un lado) o 150 (ambos lados) (se indicó {value})</translation>
        </message>
        <message>
            <source>is required when mmt8 is given: 80 (unilateral) or 150 (bilateral)</source>
            <translation>es obligatorio si se indica el MMT-8: 80 (un lado) o 150 (ambos lados)</translation>
        </message>
        <message>
            <source>must be a list of EnzymeResult</source>
            <translation>debe ser una lista de resultados de enzimas</translation>
        </message>
        <message>
            <source>must contain EnzymeResult items, got {value}</source>
            <translation>solo puede contener resultados de enzimas (se indicó {value})</translation>
        </message>
        <message>
            <source>{name} is given more than once</source>
            <translation>{name} aparece más de una vez</translation>
        </message>
        <message>
            <source>must be a number greater than {low} and at most {high}{unit}, got {value}</source>
            <translation>debe ser un número mayor que {low} y como máximo {high}{unit} (se indicó {value})</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}{unit}, got {value}</source>
            <translation>debe ser un número de {low} a {high}{unit} (se indicó {value})</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}, got {value}</source>
            <translation>debe ser un número entero de {low} a {high} (se indicó {value})</translation>
        </message>
        <message>
            <source>must be male or female for the ideal body weight (the Devine formula has no other form), got {value}</source>
            <translation>debe ser hombre o mujer para el peso ideal (la fórmula de Devine no tiene otra forma); se indicó {value}</translation>
        </message>
        <message>
            <source>must be one of {options}, got {value}</source>
            <translation>debe ser uno de estos valores: {options} (se indicó {value})</translation>
        </message>
        <message>
            <source>{kind} {id} does not exist</source>
            <translation>{kind} {id} no existe</translation>
        </message>
        <message>
            <source>unknown HAQ item number; items are numbered 1 to 20</source>
            <extracomment>The eight categories in questionnaire order: key -&gt; (label, item numbers). Shown once above the items of each category. The 20 items (Stanford HAQ wording), each read after :data:`LEAD_IN`. Aids or devices that count for each category; "activities" has none (help only). Fewer answered categories than this: no HAQ-DI.</extracomment>
            <translation>número de pregunta del HAQ desconocido; las preguntas van del 1 al 20</translation>
        </message>
        <message>
            <source>answer must be 0, 1, 2 or 3 (or None if unanswered), got {value}</source>
            <translation>la respuesta debe ser 0, 1, 2 o 3 (o vacía si no se responde); se indicó {value}</translation>
        </message>
        <message>
            <source>must be a collection of category names, not a single text {value}</source>
            <translation>debe ser un grupo de nombres de categorías, no un único texto {value}</translation>
        </message>
        <message>
            <source>unknown category {value}; expected one of {options}</source>
            <translation>categoría desconocida {value}; se esperaba una de: {options}</translation>
        </message>
        <message>
            <source>must be a mapping of item -&gt; answer, got {value}</source>
            <translation>debe asignar una respuesta a cada pregunta (se indicó {value})</translation>
        </message>
        <message>
            <source>must be True or False, got {value}</source>
            <translation>debe ser sí o no (se indicó {value})</translation>
        </message>
        <message>
            <source>must be a date, got {value}</source>
            <translation>debe ser una fecha (se indicó {value})</translation>
        </message>
        <message>
            <source>must be (step_down, every_days, down_to)</source>
            <translation>debe tener paso, días y dosis final (step_down, every_days, down_to)</translation>
        </message>
        <message>
            <source>give at least one stage (step_down, every_days, down_to)</source>
            <translation>indique al menos una etapa (step_down, every_days, down_to)</translation>
        </message>
        <message>
            <source>must be below the dose this stage starts from ({dose}), got {value}</source>
            <translation>debe ser menor que la dosis con la que empieza esta etapa ({dose}); se indicó {value}</translation>
        </message>
        <message>
            <source>makes more than {most} taper steps</source>
            <translation>da más de {most} pasos de reducción</translation>
        </message>
        <message>
            <source>a weekly dose needs the day of the week (0 Monday … 6 Sunday)</source>
            <translation>una dosis semanal necesita el día de la semana (0 lunes … 6 domingo)</translation>
        </message>
        <message>
            <source>must be one of {options}; got {value}</source>
            <translation>debe ser uno de estos valores: {options} (se indicó {value})</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>es anterior a la fecha de inicio</translation>
        </message>
        <message>
            <source>must be mg, g or mcg to add up in mg; got {value}</source>
            <translation>debe ser mg, g o mcg para sumarse en mg (se indicó {value})</translation>
        </message>
        <message>
            <source>is before start</source>
            <translation>es anterior al inicio</translation>
        </message>
        <message>
            <source>must be a list of regimens</source>
            <translation>debe ser una lista de pautas</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>debe ser texto</translation>
        </message>
        <message>
            <source>must be a list of item numbers 1–30</source>
            <translation>debe ser una lista de números de pregunta 1–30</translation>
        </message>
        <message>
            <source>has an unknown item {item} (items are 1–30)</source>
            <translation>tiene una pregunta desconocida {item} (las preguntas son 1–30)</translation>
        </message>
        <message>
            <source>must map CMAS items to their scores</source>
            <translation>debe asignar a las pruebas del CMAS sus puntos</translation>
        </message>
        <message>
            <source>{item}: {reason}</source>
            <translation>{item}: {reason}</translation>
        </message>
        <message>
            <source>must map item numbers (1–20, the CHAQ 1–30) to answers 0–3</source>
            <translation>debe asignar a los números de pregunta (1–20, el CHAQ 1–30) respuestas de 0 a 3</translation>
        </message>
        <message>
            <source>has an unknown item {item} (items are 1–20)</source>
            <translation>tiene una pregunta desconocida {item} (las preguntas son 1–20)</translation>
        </message>
        <message>
            <source>item {item} {reason}</source>
            <translation>pregunta {item}: {reason}</translation>
        </message>
        <message>
            <source>a check-in needs at least one answer or a note</source>
            <translation>un registro del día necesita al menos una respuesta o una nota</translation>
        </message>
        <message>
            <source>is required for a custom test</source>
            <translation>es obligatorio en una prueba propia</translation>
        </message>
        <message>
            <source>must be {unit} for {test}, got {value}</source>
            <translation>debe ser {unit} para {test} (se indicó {value})</translation>
        </message>
        <message>
            <source>must be at most {limit} for {test}, got {value}</source>
            <translation>debe ser como máximo {limit} para {test} (se indicó {value})</translation>
        </message>
        <message>
            <source>must be a whole count, got {value}</source>
            <translation>debe ser un número entero (se indicó {value})</translation>
        </message>
        <message>
            <source>describe the site when it is 'other'</source>
            <translation>describa la zona cuando elija «otra zona»</translation>
        </message>
        <message>
            <source>is only for an 'other' site</source>
            <translation>solo es para «otra zona»</translation>
        </message>
        <message>
            <source>day {day} of {days} is not possible</source>
            <translation>el día {day} de {days} no es posible</translation>
        </message>
        <message>
            <source>is before the start time</source>
            <translation>es anterior a la hora de inicio</translation>
        </message>
        <message>
            <source>give the rate in mL/kg/min or in mL/h</source>
            <translation>indique la velocidad en mL/kg/min o en mL/h</translation>
        </message>
        <message>
            <source>give at least one measurement</source>
            <translation>indique al menos una medición</translation>
        </message>
        <message>
            <source>blood pressure needs both numbers</source>
            <translation>la tensión arterial necesita los dos valores</translation>
        </message>
        <message>
            <source>must be lower than the systolic pressure</source>
            <translation>debe ser menor que la tensión sistólica (la alta)</translation>
        </message>
        <message>
            <source>is before the onset</source>
            <translation>es anterior al comienzo</translation>
        </message>
        <message>
            <source>is only asked when fever is ticked</source>
            <translation>solo se pregunta si se marca fiebre</translation>
        </message>
        <message>
            <source>a weekly dose needs the day of the week</source>
            <translation>una dosis semanal necesita el día de la semana</translation>
        </message>
        <message>
            <source>is only for a weekly dose</source>
            <translation>solo es para una dosis semanal</translation>
        </message>
        <message>
            <source>is below the reference low</source>
            <translation>es menor que el valor de referencia inferior</translation>
        </message>
        <message>
            <source>belongs to the CHAQ, not the HAQ-DI</source>
            <translation>pertenece al CHAQ, no al HAQ-DI</translation>
        </message>
        <message>
            <source>item {item} has an answer and is also not applicable</source>
            <translation>la pregunta {item} tiene respuesta y también «no procede»</translation>
        </message>
        <message>
            <source>is {total} but the CMAS items entered add up to {computed}</source>
            <translation>es {total}, pero las pruebas del CMAS introducidas suman {computed}</translation>
        </message>
        <message>
            <source>choose 0–80 (one side) or 0–150 (both sides) for the MMT-8</source>
            <translation>elija 0–80 (un lado) o 0–150 (ambos lados) para el MMT-8</translation>
        </message>
        <message>
            <source>must be at most {scale} on the 0–{scale} scale, got {total}</source>
            <translation>debe ser como máximo {scale} en la escala 0–{scale} (se indicó {total})</translation>
        </message>
        <message>
            <source>is {total} but the muscles entered add up to {computed}</source>
            <translation>es {total}, pero los músculos introducidos suman {computed}</translation>
        </message>
        <message>
            <source>give at least one of the scales or a note</source>
            <translation>indique al menos una escala o una nota</translation>
        </message>
        <message>
            <source>must be a list of risk factors</source>
            <translation>debe ser una lista de factores de riesgo</translation>
        </message>
        <message>
            <source>has an unknown risk factor {value}</source>
            <translation>tiene un factor de riesgo desconocido {value}</translation>
        </message>
        <message>
            <source>nothing (null)</source>
            <extracomment>Points above the mean of the 4 logged days before that mark a possible flare (domain/trends). Kept here, not in trends (which needs numpy), so reading settings stays light at start-up. A random id made once, naming this diary's folder inside the second backup folder. Settings the app keeps about itself (not the user's choices): a backup imported again is still "the same" when only these differ.</extracomment>
            <translation>nada (null)</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>sí/no</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>must be true or false, got {value}</source>
            <translation>debe ser sí o no (se indicó {value})</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}, got {value}</source>
            <translation>debe ser un número de {low} a {high} (se indicó {value})</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}</source>
            <translation>debe ser un número de {low} a {high}</translation>
        </message>
        <message>
            <source>must be a folder path, got {value}</source>
            <translation>debe ser la ruta de una carpeta, se recibió {value}</translation>
        </message>
        <message>
            <source>must be a folder path of at most {most} characters on one line</source>
            <translation>debe ser la ruta de una carpeta de como máximo {most} caracteres en una línea</translation>
        </message>
        <message>
            <source>must be a date and time with its time zone or null</source>
            <translation>debe ser una fecha y hora con su zona horaria, o null</translation>
        </message>
        <message>
            <source>must be text of at most {most} characters</source>
            <translation>debe ser un texto de como máximo {most} caracteres</translation>
        </message>
        <message>
            <source>must be 16 lowercase hexadecimal digits</source>
            <translation>debe tener 16 dígitos hexadecimales en minúscula</translation>
        </message>
        <message>
            <source>must be one of the self-tests ({options})</source>
            <translation>debe ser una de las pruebas propias ({options})</translation>
        </message>
        <message>
            <source>must be a list of series names, got {value}</source>
            <translation>debe ser una lista de nombres de series (se indicó {value})</translation>
        </message>
        <message>
            <source>must name at most {most} series, got {count}</source>
            <translation>puede nombrar como máximo {most} series (se indicaron {count})</translation>
        </message>
        <message>
            <source>must hold series names (text of 1–{most} characters)</source>
            <translation>debe contener nombres de series (texto de 1–{most} caracteres)</translation>
        </message>
        <message>
            <source>must be an object (the check-in form as typed), got {value}</source>
            <translation>debe ser un objeto (el formulario del registro del día tal como se escribió); se indicó {value}</translation>
        </message>
        <message>
            <source>has an entry that is not a check-in field: {value}</source>
            <translation>tiene una entrada que no es un campo del registro del día: {value}</translation>
        </message>
        <message>
            <source>must name its day as YYYY-MM-DD</source>
            <translation>debe indicar su día como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 0 to {top} or null</source>
            <translation>{key} debe ser un número entero de 0 a {top} o vacío (null)</translation>
        </message>
        <message>
            <source>notes must be text of at most {most} characters</source>
            <translation>las notas deben ser texto de {most} caracteres como máximo</translation>
        </message>
        <message>
            <source>must be a folder's path of at most {most} characters</source>
            <translation>debe ser la ruta de una carpeta de {most} caracteres como máximo</translation>
        </message>
        <message>
            <source>must be a full path (from the top of the disk)</source>
            <translation>debe ser una ruta completa (desde la raíz del disco)</translation>
        </message>
        <message>
            <source>{key} is not a setting of dmtracker</source>
            <translation>{key} no es un ajuste de dmtracker</translation>
        </message>
        <message>
            <source>is nested too deeply</source>
            <translation>está anidado demasiado profundamente</translation>
        </message>
        <message>
            <source>must be text, got {value}</source>
            <translation>debe ser texto (se indicó {value})</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <source>contains a control character</source>
            <translation>contiene un carácter de control</translation>
        </message>
        <message numerus="yes">
            <source>must be at most %n character(s), got {length}</source>
            <translation>
                <numerusform>debe tener como máximo %n carácter (tiene {length})</numerusform>
                <numerusform>debe tener como máximo %n caracteres (tiene {length})</numerusform>
            </translation>
        </message>
        <message>
            <source>must be a date and time, got {value}</source>
            <translation>debe ser una fecha y hora (se indicó {value})</translation>
        </message>
        <message>
            <source>must include a time zone (naive datetimes are ambiguous)</source>
            <translation>debe incluir una zona horaria (sin ella la hora es ambigua)</translation>
        </message>
        <message>
            <source>must be a number of hours from 0 to {high}, got {value}</source>
            <translation>debe ser un número de horas de 0 a {high} (se indicó {value})</translation>
        </message>
        <message>
            <source>is before course_start</source>
            <translation>es anterior al inicio del ciclo</translation>
        </message>
        <message>
            <source>unknown core set measure {value}</source>
            <translation>medida del conjunto básico desconocida {value}</translation>
        </message>
        <message>
            <source>must be CoreSetMeasures, got {value}</source>
            <translation>debe ser un conjunto de medidas básicas (se indicó {value})</translation>
        </message>
        <message>
            <source>a number with more than 40 digits</source>
            <translation>un número de más de 40 cifras</translation>
        </message>
        <message>
            <source>must be a number above {low} and at most {high}, got {value}</source>
            <translation>debe ser un número mayor que {low} y como máximo {high} (se indicó {value})</translation>
        </message>
        <message numerus="yes">
            <source>may have at most %n decimal place(s), got {value}</source>
            <translation>
                <numerusform>puede tener como máximo %n decimal (se indicó {value})</numerusform>
                <numerusform>puede tener como máximo %n decimales (se indicó {value})</numerusform>
            </translation>
        </message>
        <message>
            <source>has too many digits: {value}</source>
            <translation>tiene demasiadas cifras: {value}</translation>
        </message>
        <message>
            <source>must be a single line</source>
            <translation>debe ocupar una sola línea</translation>
        </message>
        <message>
            <source>contains a NUL character</source>
            <translation>contiene un carácter NUL</translation>
        </message>
        <message>
            <source>must be yes or no, got {value}</source>
            <translation>debe ser sí o no (se indicó {value})</translation>
        </message>
        <message>
            <source>must not be before {earliest}, got {day}</source>
            <translation>no puede ser anterior al {earliest} (se indicó {day})</translation>
        </message>
        <message>
            <source>cannot be in the future ({day} is after today)</source>
            <translation>no puede estar en el futuro ({day} es posterior a hoy)</translation>
        </message>
        <message>
            <source>cannot be in the future ({day} is after {latest} anywhere on Earth)</source>
            <translation>no puede estar en el futuro ({day} es posterior al {latest} en cualquier lugar del mundo)</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD), got {value}</source>
            <translation>debe ser una fecha (AAAA-MM-DD); se indicó {value}</translation>
        </message>
        <message>
            <source>must include a time zone</source>
            <translation>debe incluir una zona horaria</translation>
        </message>
        <message>
            <source>must not be before {earliest}</source>
            <translation>no puede ser anterior al {earliest}</translation>
        </message>
        <message>
            <source>cannot be in the future</source>
            <translation>no puede estar en el futuro</translation>
        </message>
        <message>
            <source>must be a list, got {value}</source>
            <translation>debe ser una lista (se indicó {value})</translation>
        </message>
        <message>
            <source>has an unknown entry {value}</source>
            <translation>tiene una entrada desconocida {value}</translation>
        </message>
        <message>
            <source>is not a field of a {kind}</source>
            <translation>no es un campo de este registro ({kind})</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Right</source>
            <translation>Derecho</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Izquierdo</translation>
        </message>
        <message>
            <source>Edit clinic visit</source>
            <translation>Editar la consulta</translation>
        </message>
        <message>
            <source>New clinic visit</source>
            <translation>Nueva consulta</translation>
        </message>
        <message>
            <source>Visit &amp;date</source>
            <translation>&amp;Fecha de la consulta</translation>
        </message>
        <message>
            <source>&amp;Clinician</source>
            <translation>Médi&amp;co/a</translation>
        </message>
        <message>
            <source>&amp;Physician global activity (0–10)</source>
            <translation>Actividad global según el &amp;médico (0–10)</translation>
        </message>
        <message>
            <source>E&amp;xtramuscular global activity (0–10)</source>
            <translation>Actividad global e&amp;xtramuscular (0–10)</translation>
        </message>
        <message>
            <source>Pa&amp;rent global activity (0–10)</source>
            <translation>Actividad global según los pad&amp;res (0–10)</translation>
        </message>
        <message>
            <source>Standing in for the patient global in the juvenile TIS</source>
            <translation>Sustituye a la valoración global del paciente en el TIS juvenil</translation>
        </message>
        <message>
            <source>The parent's global stands in for the patient global (juvenile TIS).</source>
            <translation>La valoración global de los padres sustituye a la del paciente (TIS juvenil).</translation>
        </message>
        <message>
            <source>MMT-8 (Kendall 0–10 per muscle)</source>
            <translation>MMT-8 (Kendall 0–10 por músculo)</translation>
        </message>
        <message>
            <source>0–150 (both sides)</source>
            <translation>0–150 (ambos lados)</translation>
        </message>
        <message>
            <source>0–80 (one side)</source>
            <translation>0–80 (un lado)</translation>
        </message>
        <message>
            <source>MMT-8 sca&amp;le</source>
            <translation>Esca&amp;la del MMT-8</translation>
        </message>
        <message>
            <source>Side &amp;tested (0–80)</source>
            <translation>Lado e&amp;valuado (0–80)</translation>
        </message>
        <message>
            <source>Side &amp;tested</source>
            <translation>Lado e&amp;valuado</translation>
        </message>
        <message>
            <source>Muscle</source>
            <translation>Músculo</translation>
        </message>
        <message>
            <source>{muscle}, right side, 0–10</source>
            <translation>{muscle}, lado derecho, 0–10</translation>
        </message>
        <message>
            <source>{muscle}, left side, 0–10</source>
            <translation>{muscle}, lado izquierdo, 0–10</translation>
        </message>
        <message>
            <source>{muscle} (axial, scored once), 0–10</source>
            <translation>{muscle} (axial, se puntúa una vez), 0–10</translation>
        </message>
        <message>
            <source>(axial: scored once)</source>
            <translation>(axial: se puntúa una vez)</translation>
        </message>
        <message>
            <source>MMT-8 total, only if the letter gives no &amp;grades</source>
            <translation>Total del MMT-8, solo si el informe no da las &amp;puntuaciones</translation>
        </message>
        <message>
            <source>Total, only if the letter gives no &amp;grades</source>
            <translation>Total, solo si el informe no da las &amp;puntuaciones</translation>
        </message>
        <message>
            <source>MMT-8 total</source>
            <translation>Total del MMT-8</translation>
        </message>
        <message>
            <source>CDASI &amp;activity (0–100)</source>
            <translation>CDASI ac&amp;tividad (0–100)</translation>
        </message>
        <message>
            <source>CDASI da&amp;mage (0–32)</source>
            <translation>CDASI &amp;daño (0–32)</translation>
        </message>
        <message>
            <source>DAS s&amp;kin (0–9, optional)</source>
            <translation>DAS p&amp;iel (0–9, opcional)</translation>
        </message>
        <message>
            <source>DAS m&amp;uscle (0–11, optional)</source>
            <translation>DAS músc&amp;ulo (0–11, opcional)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>Total: {total} of {scale} (computed by the app from the {n} muscles)</source>
            <translation>Total: {total} de {scale} (calculado por la aplicación a partir de los {n} músculos)</translation>
        </message>
        <message>
            <source>Total: not yet computed – {entered} of {n} muscles entered</source>
            <translation>Total: aún sin calcular – {entered} de {n} músculos introducidos</translation>
        </message>
        <message>
            <source>Total as given in the letter: {total} of {scale}</source>
            <translation>Total según el informe: {total} de {scale}</translation>
        </message>
        <message>
            <source>Total: no MMT-8 entered</source>
            <translation>Total: no se ha introducido el MMT-8</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Mon</source>
            <extracomment>The day of the week in three letters, as the report's table writes it ("weekly (Fri)").</extracomment>
            <translation>lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <source>Actual weight</source>
            <translation>Peso real</translation>
        </message>
        <message>
            <source>Ideal weight (Devine)</source>
            <translation>Peso ideal (Devine)</translation>
        </message>
        <message>
            <source>Adjusted weight (ideal + 0.4 × excess)</source>
            <translation>Peso ajustado (ideal + 0,4 × exceso)</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Todos los días</translation>
        </message>
        <message>
            <source>Every other day</source>
            <translation>Cada dos días</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Una vez a la semana</translation>
        </message>
        <message>
            <source>In courses (e.g. IVIG)</source>
            <translation>En ciclos (p. ej., IVIG)</translation>
        </message>
        <message>
            <source>When needed</source>
            <translation>Cuando haga falta</translation>
        </message>
        <message>
            <source>By mouth</source>
            <translation>Por boca</translation>
        </message>
        <message>
            <source>Injection under the skin</source>
            <translation>Inyección bajo la piel</translation>
        </message>
        <message>
            <source>Into a vein (drip)</source>
            <translation>En la vena (gotero)</translation>
        </message>
        <message>
            <source>Injection into a muscle</source>
            <translation>Inyección en el músculo</translation>
        </message>
        <message>
            <source>On the skin</source>
            <translation>Sobre la piel</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>micrograms (mcg)</source>
            <translation>microgramos (mcg)</translation>
        </message>
        <message>
            <source>units (IU)</source>
            <translation>unidades (UI)</translation>
        </message>
        <message>
            <source>tablet(s)</source>
            <translation>comprimido(s)</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>Patient-reported rash score</source>
            <translation>Puntuación de la erupción (según el paciente)</translation>
        </message>
        <message>
            <source>profile</source>
            <translation>perfil</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>daily steps</source>
            <translation>pasos diarios</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>registro del día</translation>
        </message>
        <message>
            <source>self-test</source>
            <translation>prueba propia</translation>
        </message>
        <message>
            <source>rash entry</source>
            <translation>registro de erupción</translation>
        </message>
        <message>
            <source>rash photo</source>
            <translation>foto de la erupción</translation>
        </message>
        <message>
            <source>infusion course</source>
            <translation>ciclo de infusiones</translation>
        </message>
        <message>
            <source>infusion day</source>
            <translation>día de infusión</translation>
        </message>
        <message>
            <source>rate step</source>
            <translation>paso de velocidad</translation>
        </message>
        <message>
            <source>premedication</source>
            <translation>premedicación</translation>
        </message>
        <message>
            <source>vital signs</source>
            <translation>constantes vitales</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>seguimiento</translation>
        </message>
        <message>
            <source>side effect</source>
            <translation>efecto secundario</translation>
        </message>
        <message>
            <source>entry during the day</source>
            <translation>anotación durante el día</translation>
        </message>
        <message>
            <source>medication</source>
            <translation>medicamento</translation>
        </message>
        <message>
            <source>dose</source>
            <translation>dosis</translation>
        </message>
        <message>
            <source>dose log</source>
            <translation>registro de toma</translation>
        </message>
        <message>
            <source>lab result</source>
            <translation>resultado de análisis</translation>
        </message>
        <message>
            <source>clinic visit</source>
            <translation>consulta</translation>
        </message>
        <message>
            <source>questionnaire</source>
            <translation>cuestionario</translation>
        </message>
        <message>
            <source>history of thrombosis</source>
            <extracomment>The question the UI asks at once when a clot or stroke was logged: record the history? (a services ``Change.prompts`` entry; here so that the UI can know it without importing the database layer before the window is painted).</extracomment>
            <translation>antecedentes de trombosis</translation>
        </message>
        <message>
            <source>age 65 or over</source>
            <translation>edad de 65 años o más</translation>
        </message>
        <message>
            <source>oestrogens</source>
            <translation>estrógenos</translation>
        </message>
        <message>
            <source>long immobilisation</source>
            <translation>inmovilización prolongada</translation>
        </message>
        <message>
            <source>hypercoagulable condition</source>
            <translation>estado de hipercoagulabilidad</translation>
        </message>
        <message>
            <source>central venous catheter</source>
            <translation>catéter venoso central</translation>
        </message>
        <message>
            <source>hyperviscosity</source>
            <translation>hiperviscosidad</translation>
        </message>
        <message>
            <source>cardiovascular risk factors</source>
            <translation>factores de riesgo cardiovascular</translation>
        </message>
        <message>
            <source>renal insufficiency</source>
            <translation>insuficiencia renal</translation>
        </message>
        <message>
            <source>diabetes</source>
            <translation>diabetes</translation>
        </message>
        <message>
            <source>volume depletion</source>
            <translation>depleción de volumen</translation>
        </message>
        <message>
            <source>sepsis</source>
            <translation>sepsis</translation>
        </message>
        <message>
            <source>paraproteinaemia</source>
            <translation>paraproteinemia</translation>
        </message>
        <message>
            <source>nephrotoxic drugs</source>
            <translation>fármacos nefrotóxicos</translation>
        </message>
        <message>
            <source>I have had a blood clot in a vein or an artery (DVT, lung clot, stroke, heart attack)</source>
            <translation>He tenido un coágulo de sangre en una vena o una arteria (trombosis venosa profunda, coágulo en el pulmón, ictus, infarto)</translation>
        </message>
        <message>
            <source>I am 65 or older</source>
            <translation>Tengo 65 años o más</translation>
        </message>
        <message>
            <source>I take oestrogen (the combined pill, HRT) (oestrogens)</source>
            <translation>Tomo estrógenos (píldora combinada, terapia hormonal sustitutiva) (estrógenos)</translation>
        </message>
        <message>
            <source>I am in bed or a chair most of the day for long periods (long immobilisation)</source>
            <translation>Paso la mayor parte del día en la cama o en una silla durante largos periodos (inmovilización prolongada)</translation>
        </message>
        <message>
            <source>A doctor told me my blood clots too easily (hypercoagulable condition)</source>
            <translation>Un médico me dijo que mi sangre coagula con demasiada facilidad (hipercoagulabilidad)</translation>
        </message>
        <message>
            <source>I have a central line or port in a large vein (central venous catheter)</source>
            <translation>Tengo una vía central o un port en una vena grande (catéter venoso central)</translation>
        </message>
        <message>
            <source>A doctor told me my blood is too thick (hyperviscosity)</source>
            <translation>Un médico me dijo que mi sangre es demasiado espesa (hiperviscosidad)</translation>
        </message>
        <message>
            <source>Heart or circulation risks: high blood pressure, high cholesterol, smoking, heart disease (cardiovascular risk factors)</source>
            <translation>Riesgos del corazón o la circulación: tensión alta, colesterol alto, tabaco, enfermedad del corazón (factores de riesgo cardiovascular)</translation>
        </message>
        <message>
            <source>My kidneys do not work fully (kidney disease, renal insufficiency)</source>
            <translation>Mis riñones no funcionan del todo bien (enfermedad renal, insuficiencia renal)</translation>
        </message>
        <message>
            <source>I have diabetes</source>
            <translation>Tengo diabetes</translation>
        </message>
        <message>
            <source>I am low on fluids: vomiting, diarrhoea, not drinking enough (volume depletion)</source>
            <translation>Me falta líquido: vómitos, diarrea, no bebo lo suficiente (depleción de volumen)</translation>
        </message>
        <message>
            <source>I have a serious infection of the blood (sepsis)</source>
            <translation>Tengo una infección grave en la sangre (sepsis)</translation>
        </message>
        <message>
            <source>A doctor found an abnormal protein in my blood, e.g. myeloma (paraproteinaemia)</source>
            <translation>Un médico encontró una proteína anormal en mi sangre, p. ej., mieloma (paraproteinemia)</translation>
        </message>
        <message>
            <source>I take medicines that can harm the kidneys, e.g. regular anti-inflammatory painkillers (nephrotoxic drugs)</source>
            <translation>Tomo medicamentos que pueden dañar los riñones, p. ej., antiinflamatorios para el dolor de forma habitual (fármacos nefrotóxicos)</translation>
        </message>
        <message>
            <source>another thrombosis risk my doctor told me about</source>
            <translation>otro riesgo de trombosis que me indicó mi médico</translation>
        </message>
        <message>
            <source>another kidney risk my doctor told me about</source>
            <translation>otro riesgo para los riñones que me indicó mi médico</translation>
        </message>
        <message>
            <source>other thrombosis risk (doctor)</source>
            <translation>otro riesgo de trombosis (médico)</translation>
        </message>
        <message>
            <source>other kidney risk (doctor)</source>
            <translation>otro riesgo renal (médico)</translation>
        </message>
        <message>
            <source>headache</source>
            <translation>dolor de cabeza</translation>
        </message>
        <message>
            <source>fever</source>
            <translation>fiebre</translation>
        </message>
        <message>
            <source>chills</source>
            <translation>escalofríos</translation>
        </message>
        <message>
            <source>nausea</source>
            <translation>náuseas</translation>
        </message>
        <message>
            <source>vomiting</source>
            <translation>vómitos</translation>
        </message>
        <message>
            <source>fatigue</source>
            <translation>cansancio</translation>
        </message>
        <message>
            <source>muscle pain</source>
            <translation>dolor muscular</translation>
        </message>
        <message>
            <source>rash</source>
            <translation>erupción en la piel</translation>
        </message>
        <message>
            <source>high blood pressure</source>
            <translation>tensión alta</translation>
        </message>
        <message>
            <source>fast heart rate</source>
            <translation>latidos rápidos</translation>
        </message>
        <message>
            <source>infusion-site reaction</source>
            <translation>reacción en el lugar de la infusión</translation>
        </message>
        <message>
            <source>chest pain</source>
            <translation>dolor en el pecho</translation>
        </message>
        <message>
            <source>pain on deep breathing</source>
            <translation>dolor al respirar hondo</translation>
        </message>
        <message>
            <source>sudden shortness of breath</source>
            <translation>falta de aire repentina</translation>
        </message>
        <message>
            <source>swollen painful arm or leg</source>
            <translation>brazo o pierna hinchados y con dolor</translation>
        </message>
        <message>
            <source>one-sided weakness or numbness</source>
            <translation>debilidad o adormecimiento de un lado del cuerpo</translation>
        </message>
        <message>
            <source>trouble speaking</source>
            <translation>dificultad para hablar</translation>
        </message>
        <message>
            <source>sudden severe headache</source>
            <translation>dolor de cabeza fuerte y repentino</translation>
        </message>
        <message>
            <source>vision loss</source>
            <translation>pérdida de visión</translation>
        </message>
        <message>
            <source>face drooping</source>
            <translation>cara caída</translation>
        </message>
        <message>
            <source>sudden confusion</source>
            <translation>confusión repentina</translation>
        </message>
        <message>
            <source>new or worse breathlessness</source>
            <translation>falta de aire nueva o peor</translation>
        </message>
        <message>
            <source>trouble breathing within 6 hours of an infusion</source>
            <translation>dificultad para respirar en las 6 horas siguientes a una infusión</translation>
        </message>
        <message>
            <source>blue lips</source>
            <translation>labios azules</translation>
        </message>
        <message>
            <source>severe headache</source>
            <translation>dolor de cabeza fuerte</translation>
        </message>
        <message>
            <source>stiff neck</source>
            <translation>cuello rígido</translation>
        </message>
        <message>
            <source>light sensitivity</source>
            <translation>molestia con la luz</translation>
        </message>
        <message>
            <source>dark urine</source>
            <translation>orina oscura</translation>
        </message>
        <message>
            <source>yellow skin or eyes</source>
            <translation>piel u ojos amarillos</translation>
        </message>
        <message>
            <source>much less urine</source>
            <translation>mucha menos orina</translation>
        </message>
        <message>
            <source>sudden swelling or weight gain</source>
            <translation>hinchazón o aumento de peso repentinos</translation>
        </message>
        <message>
            <source>throat or mouth swelling</source>
            <translation>hinchazón de garganta o boca</translation>
        </message>
        <message>
            <source>wheeze</source>
            <translation>pitos al respirar</translation>
        </message>
        <message>
            <source>fainting</source>
            <translation>desmayo</translation>
        </message>
        <message>
            <source>fever of 38 °C or more</source>
            <translation>fiebre de 38 °C o más</translation>
        </message>
        <message>
            <source>mouth ulcers</source>
            <translation>llagas en la boca</translation>
        </message>
        <message>
            <source>unusual bruising or bleeding</source>
            <translation>moratones o sangrados poco habituales</translation>
        </message>
        <message>
            <source>sore throat with fever</source>
            <translation>dolor de garganta con fiebre</translation>
        </message>
        <message>
            <source>choking on food</source>
            <translation>atragantarse con la comida</translation>
        </message>
        <message>
            <source>new cough</source>
            <translation>tos nueva</translation>
        </message>
        <message>
            <source>skin ulcer</source>
            <translation>úlcera en la piel</translation>
        </message>
        <message>
            <source>rapidly worsening weakness</source>
            <translation>debilidad que empeora rápido</translation>
        </message>
        <message>
            <source>breathlessness</source>
            <translation>falta de aire</translation>
        </message>
        <message>
            <source>shortness of breath</source>
            <translation>dificultad para respirar</translation>
        </message>
        <message>
            <source>fever above 38 °C</source>
            <translation>fiebre de más de 38 °C</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation>Recuperado</translation>
        </message>
        <message>
            <source>Recovering</source>
            <translation>En recuperación</translation>
        </message>
        <message>
            <source>Not recovered</source>
            <translation>No recuperado</translation>
        </message>
        <message>
            <source>Recovered with lasting effects</source>
            <translation>Recuperado con secuelas</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nada</translation>
        </message>
        <message>
            <source>Took a painkiller</source>
            <translation>Tomé un analgésico</translation>
        </message>
        <message>
            <source>Infusion slowed</source>
            <translation>Infusión más lenta</translation>
        </message>
        <message>
            <source>Infusion stopped</source>
            <translation>Infusión detenida</translation>
        </message>
        <message>
            <source>Saw a doctor</source>
            <translation>Fui al médico</translation>
        </message>
        <message>
            <source>Went to hospital</source>
            <translation>Fui al hospital</translation>
        </message>
        <message>
            <source>Physician global activity</source>
            <extracomment>The six core set measures, in display order.</extracomment>
            <translation>Valoración global de la actividad por el médico</translation>
        </message>
        <message>
            <source>Patient global activity</source>
            <translation>Valoración global de la actividad por el paciente</translation>
        </message>
        <message>
            <source>Manual muscle testing (MMT-8)</source>
            <translation>Prueba muscular manual (MMT-8)</translation>
        </message>
        <message>
            <source>Physical function (HAQ-DI)</source>
            <translation>Función física (HAQ-DI)</translation>
        </message>
        <message>
            <source>Muscle enzyme (most abnormal)</source>
            <translation>Enzima muscular (la más alterada)</translation>
        </message>
        <message>
            <source>Extramuscular global activity</source>
            <translation>Actividad global extramuscular</translation>
        </message>
        <message>
            <source>0–80 (unilateral)</source>
            <extracomment>MMT-8 totals: 80 = unilateral (8 muscles on one side), 150 = bilateral (neck once + 7 × 2).</extracomment>
            <translation>0–80 (un lado)</translation>
        </message>
        <message>
            <source>0–150 (bilateral)</source>
            <translation>0–150 (ambos lados)</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation>Prefiero no decirlo</translation>
        </message>
        <message>
            <source>Metric (kg, cm)</source>
            <translation>Métrico (kg, cm)</translation>
        </message>
        <message>
            <source>Imperial (lb, in)</source>
            <translation>Imperial (lb, in)</translation>
        </message>
        <message>
            <source>How active my disease feels</source>
            <translation>Cómo de activa noto mi enfermedad</translation>
        </message>
        <message>
            <source>Fatigue</source>
            <translation>Cansancio</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Worst itch</source>
            <translation>Picor más fuerte</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>Sin dificultad</translation>
        </message>
        <message>
            <source>Some difficulty</source>
            <translation>Algo de dificultad</translation>
        </message>
        <message>
            <source>Much difficulty</source>
            <translation>Mucha dificultad</translation>
        </message>
        <message>
            <source>Unable</source>
            <translation>No puedo</translation>
        </message>
        <message>
            <source>On hurrying or stairs</source>
            <translation>Al ir deprisa o subir escaleras</translation>
        </message>
        <message>
            <source>On walking on the flat</source>
            <translation>Al caminar en llano</translation>
        </message>
        <message>
            <source>At rest</source>
            <translation>En reposo</translation>
        </message>
        <message>
            <source>Climbing stairs</source>
            <translation>Subir escaleras</translation>
        </message>
        <message>
            <source>Rising from a chair</source>
            <translation>Levantarse de una silla</translation>
        </message>
        <message>
            <source>Lifting arms above the head</source>
            <translation>Levantar los brazos por encima de la cabeza</translation>
        </message>
        <message>
            <source>Raising the head from the pillow</source>
            <translation>Levantar la cabeza de la almohada</translation>
        </message>
        <message>
            <source>Swallowing</source>
            <translation>Tragar</translation>
        </message>
        <message>
            <source>Voice (hoarse or weak)</source>
            <translation>Voz (ronca o débil)</translation>
        </message>
        <message>
            <source>Breathlessness</source>
            <translation>Falta de aire</translation>
        </message>
        <message>
            <source>30-second chair stand</source>
            <translation>Levantarse de la silla (30 segundos)</translation>
        </message>
        <message>
            <source>Sit in an armless chair, arms crossed on your chest.
Stand up fully and sit down as many times as you can in 30 seconds.</source>
            <translation>Siéntese en una silla sin brazos, con los brazos cruzados sobre el pecho.
Levántese del todo y vuelva a sentarse tantas veces como pueda en 30 segundos.</translation>
        </message>
        <message>
            <source>Arm lifts with 1 kg</source>
            <translation>Elevaciones de brazo con 1 kg</translation>
        </message>
        <message>
            <source>Sit upright holding a 1 kg weight at your side.
Lift the arm straight forward to shoulder height and down, as often as you can in 30 s.</source>
            <translation>Siéntese erguido con un peso de 1 kg en la mano, junto al cuerpo.
Levante el brazo recto hacia delante hasta la altura del hombro y bájelo, tantas veces como pueda en 30 s.</translation>
        </message>
        <message>
            <source>Timed Up and Go</source>
            <translation>Timed Up and Go (levantarse y caminar)</translation>
        </message>
        <message>
            <source>Sit in a chair. On 'go', stand, walk 3 metres at your usual pace,
turn, walk back and sit down. Stop the clock when you are seated.</source>
            <translation>Siéntese en una silla. Al oír «ya», levántese, camine 3 metros a su ritmo habitual,
dé la vuelta, vuelva y siéntese. Pare el reloj cuando esté sentado.</translation>
        </message>
        <message>
            <source>6-minute walk</source>
            <translation>Marcha de 6 minutos</translation>
        </message>
        <message>
            <source>Walk back and forth along a measured course for 6 minutes, as far as you can.
Rest if you need to. Use the same course every time.</source>
            <translation>Camine de ida y vuelta por un recorrido medido durante 6 minutos, tanto como pueda.
Descanse si lo necesita. Use siempre el mismo recorrido.</translation>
        </message>
        <message>
            <source>FI-3 neck flexion</source>
            <translation>FI-3 flexión de cuello</translation>
        </message>
        <message>
            <source>Lie on your back. Lift your head off the bed, chin to chest, at 40 beats a minute.
Count the lifts until you cannot keep the pace (at most 30).</source>
            <translation>Túmbese boca arriba. Levante la cabeza de la cama, barbilla al pecho, a 40 golpes por minuto.
Cuente las veces hasta que no pueda seguir el ritmo (como máximo 30).</translation>
        </message>
        <message>
            <source>FI-3 hip flexion</source>
            <translation>FI-3 flexión de cadera</translation>
        </message>
        <message>
            <source>Lie on your back. Bend one hip and knee towards you and back, at 40 beats a minute.
Count the lifts on this side until you cannot keep the pace (at most 60).</source>
            <translation>Túmbese boca arriba. Doble una cadera y la rodilla hacia usted y vuelva, a 40 golpes por minuto.
Cuente las veces de este lado hasta que no pueda seguir el ritmo (como máximo 60).</translation>
        </message>
        <message>
            <source>FI-3 shoulder flexion</source>
            <translation>FI-3 flexión de hombro</translation>
        </message>
        <message>
            <source>Sit with a 1 kg cuff on the wrist. Lift the straight arm forward to 90° and down
at 40 beats a minute. Count the lifts until you cannot keep the pace (at most 60).</source>
            <translation>Siéntese con una muñequera de 1 kg. Levante el brazo recto hacia delante hasta 90° y bájelo
a 40 golpes por minuto. Cuente las veces hasta que no pueda seguir el ritmo (como máximo 60).</translation>
        </message>
        <message>
            <source>Grip strength</source>
            <translation>Fuerza de agarre</translation>
        </message>
        <message>
            <source>Sit with the elbow bent at 90°. Squeeze the dynamometer as hard as you can
for 3 seconds. Record the best of three tries.</source>
            <translation>Siéntese con el codo doblado a 90°. Apriete el dinamómetro tan fuerte como pueda
durante 3 segundos. Anote el mejor de tres intentos.</translation>
        </message>
        <message>
            <source>Custom test</source>
            <translation>Prueba propia</translation>
        </message>
        <message>
            <source>Your own test: name it and give its unit.</source>
            <translation>Su propia prueba: póngale un nombre e indique su unidad.</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Izquierda</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Derecha</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Not sided</source>
            <translation>Sin lado</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>En casa</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Clínica</translation>
        </message>
        <message>
            <source>Eyelids (heliotrope)</source>
            <translation>Párpados (eritema en heliotropo)</translation>
        </message>
        <message>
            <source>Cheeks (malar)</source>
            <translation>Mejillas (malar)</translation>
        </message>
        <message>
            <source>Rest of face</source>
            <translation>Resto de la cara</translation>
        </message>
        <message>
            <source>Scalp and hair loss</source>
            <translation>Cuero cabelludo y caída del pelo</translation>
        </message>
        <message>
            <source>V of neck and chest</source>
            <translation>V del cuello y el pecho</translation>
        </message>
        <message>
            <source>Upper back and shoulders (shawl)</source>
            <translation>Parte alta de la espalda y hombros (signo del chal)</translation>
        </message>
        <message>
            <source>Outer thighs (holster)</source>
            <translation>Cara externa de los muslos (signo de la pistolera)</translation>
        </message>
        <message>
            <source>Knuckles (Gottron's papules)</source>
            <translation>Nudillos (pápulas de Gottron)</translation>
        </message>
        <message>
            <source>Elbows, knees, ankles (Gottron's sign)</source>
            <translation>Codos, rodillas, tobillos (signo de Gottron)</translation>
        </message>
        <message>
            <source>Nail folds</source>
            <translation>Pliegues de las uñas</translation>
        </message>
        <message>
            <source>Sides of fingers (mechanic's hands)</source>
            <translation>Lados de los dedos (manos de mecánico)</translation>
        </message>
        <message>
            <source>Calcinosis</source>
            <translation>Calcinosis (depósitos de calcio)</translation>
        </message>
        <message>
            <source>Other site</source>
            <translation>Otra zona</translation>
        </message>
        <message>
            <source>Pink, faint</source>
            <translation>Rosado, tenue</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rojo</translation>
        </message>
        <message>
            <source>Dark red or violet</source>
            <translation>Rojo oscuro o violáceo</translation>
        </message>
        <message>
            <source>Some scale</source>
            <translation>Algo de descamación</translation>
        </message>
        <message>
            <source>Thick scale or crust</source>
            <translation>Escamas gruesas o costra</translation>
        </message>
        <message>
            <source>Infusion centre</source>
            <translation>Centro de infusión</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>Home (nurse visit)</source>
            <translation>En casa (visita de enfermería)</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>During</source>
            <translation>Durante</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Induction (2 g/kg)</source>
            <translation>Inducción (2 g/kg)</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Mantenimiento</translation>
        </message>
        <message>
            <source>Creatine kinase (CK)</source>
            <translation>Creatina cinasa (CK)</translation>
        </message>
        <message>
            <source>Aldolase</source>
            <translation>Aldolasa</translation>
        </message>
        <message>
            <source>Lactate dehydrogenase (LDH)</source>
            <translation>Lactato deshidrogenasa (LDH)</translation>
        </message>
        <message>
            <source>Neck flexors</source>
            <translation>Flexores del cuello</translation>
        </message>
        <message>
            <source>Deltoid (middle)</source>
            <translation>Deltoides (parte media)</translation>
        </message>
        <message>
            <source>Biceps</source>
            <translation>Bíceps</translation>
        </message>
        <message>
            <source>Wrist extensors</source>
            <translation>Extensores de la muñeca</translation>
        </message>
        <message>
            <source>Gluteus maximus</source>
            <translation>Glúteo mayor</translation>
        </message>
        <message>
            <source>Gluteus medius</source>
            <translation>Glúteo medio</translation>
        </message>
        <message>
            <source>Quadriceps</source>
            <translation>Cuádriceps</translation>
        </message>
        <message>
            <source>Ankle dorsiflexors</source>
            <translation>Flexores dorsales del tobillo</translation>
        </message>
        <message>
            <source>HAQ-DI (Health Assessment Questionnaire)</source>
            <translation>HAQ-DI (Health Assessment Questionnaire, cuestionario de capacidad funcional)</translation>
        </message>
        <message>
            <source>CHAQ (Childhood Health Assessment Questionnaire)</source>
            <translation>CHAQ (cuestionario de capacidad funcional infantil)</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>The patient</source>
            <translation>El/la paciente</translation>
        </message>
        <message>
            <source>The child</source>
            <translation>El niño / la niña</translation>
        </message>
        <message>
            <source>A parent</source>
            <translation>El padre o la madre</translation>
        </message>
        <message>
            <source>Spreadsheet: CSV files in a zip</source>
            <translation>Hoja de cálculo: archivos CSV en un zip</translation>
        </message>
        <message>
            <source>Complete backup: JSON (can be imported again)</source>
            <translation>Copia de seguridad completa: JSON (se puede volver a importar)</translation>
        </message>
        <message>
            <source>For health records: FHIR R4 bundle (JSON)</source>
            <translation>Para historias clínicas: paquete FHIR R4 (JSON)</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>My diary</source>
            <translation>Mi diario</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to {app}</source>
            <translation>Le damos la bienvenida a {app}</translation>
        </message>
        <message>
            <source>A private diary for dermatomyositis: how you feel each day, self-tests, rash, infusions and their side effects, medicines, clinic results, and reports for your care team. Everything stays on this computer, in {folder}.</source>
            <translation>Un diario privado para la dermatomiositis: cómo se encuentra cada día, autopruebas, erupción, infusiones y sus efectos secundarios, medicamentos, resultados de consultas e informes para su equipo médico. Todo se queda en este ordenador, en {folder}.</translation>
        </message>
        <message>
            <source>An empty diary of your own. Your first day takes under a minute to log.</source>
            <translation>Un diario propio vacío. Registrar su primer día lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>A year of made-up data to look around first. Your own diary is not touched; File ▸ Start my own diary leaves the demo when you are ready.</source>
            <translation>Un año de datos inventados para echar un vistazo primero. Su propio diario no se toca; Archivo ▸ Empezar mi propio diario sale de la demostración cuando usted quiera.</translation>
        </message>
        <message>
            <source>Start &amp;my own diary</source>
            <translation>Empezar &amp;mi propio diario</translation>
        </message>
        <message>
            <source>&amp;Explore the demo</source>
            <translation>&amp;Explorar la demo</translation>
        </message>
        <message>
            <source>Esc closes dmtracker without writing anything.</source>
            <translation>Esc cierra dmtracker sin guardar nada.</translation>
        </message>
        <message>
            <source>Start your own diary?</source>
            <translation>¿Empezar su propio diario?</translation>
        </message>
        <message>
            <source>Your own diary opens in {folder}. The demo's made-up data stays apart, in {demo}; File ▸ Explore the demo comes back to it.</source>
            <translation>Su propio diario se abre en {folder}. Los datos inventados de la demostración se quedan aparte, en {demo}; Archivo ▸ Explorar la demo vuelve a ella.</translation>
        </message>
        <message>
            <source>&amp;Stay in the demo</source>
            <translation>&amp;Quedarse en la demo</translation>
        </message>
        <message>
            <source>Preparing the demo</source>
            <translation>Preparando la demostración</translation>
        </message>
        <message>
            <source>Writing a year of made-up data into the demo diary…</source>
            <translation>Escribiendo un año de datos inventados en el diario de demostración…</translation>
        </message>
    </context>
</TS>
