<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppConfig</name>
    <message>
        <source>this looks like a secret, and secrets never go in this file (every user can read it); remove it: StreamVibe is a public client and keeps its credentials in the system keychain</source>
        <translation>parece un secreto, y los secretos nunca van en este archivo (cualquier usuario puede leerlo); elimínalo: StreamVibe es un cliente público y guarda sus credenciales en el llavero del sistema</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>is not a valid URL (%1)</source>
        <translation>no es una URL válida (%1)</translation>
    </message>
    <message>
        <source>must be an absolute https:// URL: %1</source>
        <translation>debe ser una URL https:// absoluta: %1</translation>
    </message>
    <message>
        <source>has no host name: %1</source>
        <translation>no tiene nombre de host: %1</translation>
    </message>
    <message>
        <source>must not carry a user name or password: %1</source>
        <translation>no debe contener un nombre de usuario ni una contraseña: %1</translation>
    </message>
    <message>
        <source>http:// is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), use https://: %1</source>
        <translation>http:// solo se permite para hosts de loopback (127.0.0.0/8, ::1, localhost); usa https://: %1</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>valor predeterminado integrado</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>archivo del sistema</translation>
    </message>
    <message>
        <source>user file</source>
        <translation>archivo del usuario</translation>
    </message>
    <message>
        <source>--config file</source>
        <translation>archivo de --config</translation>
    </message>
    <message>
        <source>$STREAMVIBE_CONFIG file</source>
        <translation>archivo de $STREAMVIBE_CONFIG</translation>
    </message>
    <message>
        <source>Configuration file %1 not found</source>
        <translation>No se encontró el archivo de configuración %1</translation>
    </message>
    <message>
        <source>Configuration file %1 cannot be read</source>
        <translation>No se puede leer el archivo de configuración %1</translation>
    </message>
    <message>
        <source>Configuration file %1 is not a valid INI file</source>
        <translation>El archivo de configuración %1 no es un archivo INI válido</translation>
    </message>
    <message>
        <source>%1: key %2 is outside any group and is ignored</source>
        <translation>%1: la clave %2 está fuera de todo grupo y se ignora</translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation>%1: se ignora el grupo desconocido [%2]</translation>
    </message>
    <message>
        <source>%1: unknown key %2 is ignored</source>
        <translation>%1: se ignora la clave desconocida %2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>No se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>No se puede reemplazar %1</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1</source>
        <translation>No se puede escribir el archivo de configuración %1</translation>
    </message>
    <message>
        <source>must be a whole number of seconds above 0</source>
        <translation>debe ser un número entero de segundos mayor que 0</translation>
    </message>
    <message>
        <source>%1:%2: this line is not a [group] header or a key = value line</source>
        <translation>%1:%2: esta línea no es una cabecera [grupo] ni una línea clave = valor</translation>
    </message>
</context>
<context>
    <name>sv::AccountStore</name>
    <message>
        <source>The library is closing; try again.</source>
        <translation>La biblioteca se está cerrando; vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>sv::ApiError</name>
    <message>
        <source>You appear to be offline: the server could not be reached.</source>
        <translation>Parece que no tienes conexión: no se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>El servidor tardó demasiado en responder. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified. Check your network or system date.</source>
        <translation>No se pudo verificar la conexión segura. Comprueba tu red o la fecha del sistema.</translation>
    </message>
    <message>
        <source>This address is not allowed: connections must use HTTPS.</source>
        <translation>Esta dirección no está permitida: las conexiones deben usar HTTPS.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>El servidor envió una respuesta que la aplicación no puede leer.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>No tienes permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>No se encontró el elemento solicitado.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again later.</source>
        <translation>El servicio no está disponible temporalmente. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
</context>
<context>
    <name>sv::AuthError</name>
    <message>
        <source>You are not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <source>No StreamVibe server is configured, so signing in is not possible. StreamVibe works offline with your local library.</source>
        <translation>No hay ningún servidor de StreamVibe configurado, así que no se puede iniciar sesión. StreamVibe funciona sin conexión con tu biblioteca local.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>La dirección de correo electrónico o la contraseña no son correctas.</translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet. Open the link in the confirmation e-mail, then sign in.</source>
        <translation>Esta dirección de correo electrónico aún no está confirmada. Abre el enlace del correo de confirmación y después inicia sesión.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation>Ya existe una cuenta con esta dirección de correo electrónico. Inicia sesión con ella.</translation>
    </message>
    <message>
        <source>The password is too weak: use at least 6 characters.</source>
        <translation>La contraseña es demasiado débil: usa al menos 6 caracteres.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>La dirección de correo electrónico no es válida.</translation>
    </message>
    <message>
        <source>The sign-in from the browser could not be completed (the code was already used or has expired). Start the sign-in again.</source>
        <translation>No se pudo completar el inicio de sesión desde el navegador (el código ya se usó o ha caducado). Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>sv::AuthFlowError</name>
    <message>
        <source>StreamVibe could not open a local port to receive the sign-in result (%1). Check that nothing blocks connections to 127.0.0.1 and try again.</source>
        <translation>StreamVibe no pudo abrir un puerto local para recibir el resultado del inicio de sesión (%1). Comprueba que nada bloquee las conexiones a 127.0.0.1 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was rejected for your safety. Start the sign-in again from StreamVibe.</source>
        <translation>La respuesta de inicio de sesión no correspondía a este intento y se rechazó por tu seguridad. Vuelve a iniciar sesión desde StreamVibe.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so StreamVibe was not connected.</source>
        <translation>Se denegó el acceso en el navegador, así que StreamVibe no se conectó.</translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1.</source>
        <translation>El proveedor de inicio de sesión informó de un error: %1.</translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1 (%2).</source>
        <translation>El proveedor de inicio de sesión informó de un error: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in response carried no authorization code. Start the sign-in again from StreamVibe.</source>
        <translation>La respuesta de inicio de sesión no incluía ningún código de autorización. Vuelve a iniciar sesión desde StreamVibe.</translation>
    </message>
    <message>
        <source>The sign-in response was malformed and was rejected. Start the sign-in again from StreamVibe.</source>
        <translation>La respuesta de inicio de sesión estaba mal formada y se rechazó. Vuelve a iniciar sesión desde StreamVibe.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Start it again from StreamVibe when you are ready.</source>
        <translation>El inicio de sesión no se completó a tiempo. Vuelve a empezarlo desde StreamVibe cuando estés listo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>sv::CheckoutFlow</name>
    <message>
        <source>Payment confirmed: your plan is now “%1”.</source>
        <translation>Pago confirmado: tu plan ahora es «%1».</translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged.</source>
        <translation>Se canceló el pago. Tu plan no ha cambiado.</translation>
    </message>
    <message>
        <source>Checkout was stopped. If you completed the payment, your new plan will appear shortly.</source>
        <translation>Se detuvo el pago. Si completaste el pago, tu nuevo plan aparecerá en breve.</translation>
    </message>
    <message>
        <source>The payment was not confirmed in time. If you completed it, your new plan will appear shortly; otherwise start again.</source>
        <translation>El pago no se confirmó a tiempo. Si lo completaste, tu nuevo plan aparecerá en breve; si no, vuelve a empezar.</translation>
    </message>
    <message>
        <source>Checkout could not be started.</source>
        <translation>No se pudo iniciar el pago.</translation>
    </message>
    <message>
        <source>A checkout is already in progress.</source>
        <translation>Ya hay un pago en curso.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Puedes cerrar esta pestaña y volver a StreamVibe.</translation>
    </message>
    <message>
        <source>Checkout not completed</source>
        <translation>Pago no completado</translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged; you can close this tab.</source>
        <translation>Se canceló el pago. Tu plan no ha cambiado; puedes cerrar esta pestaña.</translation>
    </message>
</context>
<context>
    <name>sv::ClipGroups</name>
    <message>
        <source>durations %1 s apart</source>
        <translation>duraciones a %1 s de diferencia</translation>
    </message>
    <message>
        <source>a duration unknown</source>
        <translation>una duración desconocida</translation>
    </message>
    <message>
        <source>similar titles (%1 %), %2, published %3 h apart</source>
        <translation>títulos similares (%1 %), %2, publicados con %3 h de diferencia</translation>
    </message>
    <message>
        <source>both on the same platform</source>
        <translation>ambos en la misma plataforma</translation>
    </message>
    <message>
        <source>a publishing time is unknown</source>
        <translation>se desconoce una fecha de publicación</translation>
    </message>
    <message>
        <source>published %1 h apart (more than 72 h)</source>
        <translation>publicados con %1 h de diferencia (más de 72 h)</translation>
    </message>
    <message>
        <source>durations %1 s apart (more than 1 s)</source>
        <translation>duraciones a %1 s de diferencia (más de 1 s)</translation>
    </message>
    <message>
        <source>a title has nothing to compare</source>
        <translation>un título no tiene nada que comparar</translation>
    </message>
    <message>
        <source>the title is used for other clips of the account</source>
        <translation>el título se usa para otros clips de la cuenta</translation>
    </message>
    <message>
        <source>titles not similar enough (%1 %, %2 % needed)</source>
        <translation>títulos no lo bastante similares (%1 %, se necesita %2 %)</translation>
    </message>
    <message>
        <source>Could not read the groups of cross-posted clips</source>
        <translation>No se pudieron leer los grupos de clips publicados en varias plataformas</translation>
    </message>
    <message>
        <source>Could not save the groups of cross-posted clips</source>
        <translation>No se pudieron guardar los grupos de clips publicados en varias plataformas</translation>
    </message>
    <message>
        <source>The library has no %1 item %2.</source>
        <translation>La biblioteca no tiene ningún elemento de %1 %2.</translation>
    </message>
    <message>
        <source>This item is in no group: merge it with another item instead.</source>
        <translation>Este elemento no está en ningún grupo: combínelo con otro elemento.</translation>
    </message>
    <message>
        <source>A group holds at most one item per platform: these have two on %1.</source>
        <translation>Un grupo tiene como máximo un elemento por plataforma: estos tienen dos en %1.</translation>
    </message>
    <message>
        <source>These items are already one group.</source>
        <translation>Estos elementos ya son un grupo.</translation>
    </message>
    <message>
        <source>titles %1 % similar (enough beside a closer match, %2 % alone), %3, published %4 h apart</source>
        <translation>títulos similares al %1 % (suficiente junto a una coincidencia más cercana, %2 % por sí solos), %3, publicados con %4 h de diferencia</translation>
    </message>
    <message>
        <source>No sum of views: no figure on %1.</source>
        <translation>Sin suma de visualizaciones: no hay cifra en %1.</translation>
    </message>
    <message>
        <source>No sum of likes: no figure on %1.</source>
        <translation>Sin suma de me gusta: no hay cifra en %1.</translation>
    </message>
    <message>
        <source>No sum of comments: no figure on %1.</source>
        <translation>Sin suma de comentarios: no hay cifra en %1.</translation>
    </message>
    <message>
        <source>No sum of shares: no figure on %1.</source>
        <translation>Sin suma de compartidos: no hay cifra en %1.</translation>
    </message>
    <message>
        <source>The sum of views covers %1 only: no figure on %2.</source>
        <extracomment>%1: the platforms summed, %2: those without the figure</extracomment>
        <translation>La suma de visualizaciones solo cubre %1: no hay cifra en %2.</translation>
    </message>
    <message>
        <source>The sum of likes covers %1 only: no figure on %2.</source>
        <translation>La suma de me gusta solo cubre %1: no hay cifra en %2.</translation>
    </message>
    <message>
        <source>The sum of comments covers %1 only: no figure on %2.</source>
        <translation>La suma de comentarios solo cubre %1: no hay cifra en %2.</translation>
    </message>
    <message>
        <source>The sum of shares covers %1 only: no figure on %2.</source>
        <translation>La suma de compartidos solo cubre %1: no hay cifra en %2.</translation>
    </message>
</context>
<context>
    <name>sv::DataFreshness</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Offline — as of %1 (%2 ago)</source>
        <translation>Sin conexión: datos de %1 (hace %2)</translation>
    </message>
</context>
<context>
    <name>sv::LibraryDatabase</name>
    <message>
        <source>The library file is damaged (%1). Restore it from a backup or move it away to start a new library.</source>
        <translation>El archivo de biblioteca está dañado (%1). Restáuralo desde una copia de seguridad o muévelo a otro sitio para empezar una biblioteca nueva.</translation>
    </message>
    <message>
        <source>%1: the library is busy in another StreamVibe window or command. Try again.</source>
        <translation>%1: la biblioteca está en uso en otra ventana u otro comando de StreamVibe. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: el disco está lleno.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not prepare a library query</source>
        <translation>No se pudo preparar una consulta a la biblioteca</translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation>No se indicó ningún archivo de biblioteca.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a StreamVibe library (it is not an SQLite database). The file was left untouched.</source>
        <translation>%1 no es una biblioteca de StreamVibe (no es una base de datos SQLite). No se ha modificado el archivo.</translation>
    </message>
    <message>
        <source>The folder of the library file %1 does not exist.</source>
        <translation>La carpeta del archivo de biblioteca %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot open the library file %1</source>
        <translation>No se puede abrir el archivo de biblioteca %1</translation>
    </message>
    <message>
        <source>%1 cannot be used as a library</source>
        <translation>%1 no se puede usar como biblioteca</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not StreamVibe. The file was left untouched.</source>
        <translation>%1 pertenece a otra aplicación, no a StreamVibe. No se ha modificado el archivo.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a StreamVibe library. The file was left untouched.</source>
        <translation>%1 es una base de datos SQLite, pero no una biblioteca de StreamVibe. No se ha modificado el archivo.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of StreamVibe (library format %2; this version reads up to %3). Update StreamVibe to open it; the file was left untouched.</source>
        <translation>%1 se escribió con una versión más reciente de StreamVibe (formato de biblioteca %2; esta versión lee hasta el %3). Actualiza StreamVibe para abrirlo; no se ha modificado el archivo.</translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2). It was left untouched.</source>
        <translation>El archivo de biblioteca %1 está dañado (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>SQLite refused to enable foreign keys on %1.</source>
        <translation>SQLite se negó a activar las claves foráneas en %1.</translation>
    </message>
    <message>
        <source>The library file %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); put the profile on a local disk.</source>
        <translation>El archivo de biblioteca %1 no puede usar el registro de escritura anticipada (el modo de diario es «%2»); coloca el perfil en un disco local.</translation>
    </message>
    <message>
        <source>Could not upgrade the library to format %1</source>
        <translation>No se pudo actualizar la biblioteca al formato %1</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>La biblioteca no está abierta.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation>Elemento %1, campo «%2»: %3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>Could not save to the library</source>
        <translation>No se pudo guardar en la biblioteca</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gives no native handle.</source>
        <translation>%1: el controlador de SQLite no proporciona un identificador nativo.</translation>
    </message>
    <message>
        <source>Could not save items %1 to %2</source>
        <translation>No se pudieron guardar los elementos del %1 al %2</translation>
    </message>
    <message>
        <source>Could not save item %1</source>
        <translation>No se pudo guardar el elemento %1</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>La búsqueda ha fallado</translation>
    </message>
    <message>
        <source>Could not read item %1</source>
        <translation>No se pudo leer el elemento %1</translation>
    </message>
    <message>
        <source>The library has no item %1.</source>
        <translation>La biblioteca no tiene ningún elemento %1.</translation>
    </message>
    <message>
        <source>Could not remove the account&apos;s items</source>
        <translation>No se pudieron eliminar los elementos de la cuenta</translation>
    </message>
    <message>
        <source>Could not read the library statistics</source>
        <translation>No se pudieron leer las estadísticas de la biblioteca</translation>
    </message>
    <message>
        <source>The import file is not readable.</source>
        <translation>No se puede leer el archivo de importación.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message>
        <source>Could not read the connected accounts</source>
        <translation>No se pudieron leer las cuentas conectadas</translation>
    </message>
    <message>
        <source>Could not save the connected account</source>
        <translation>No se pudo guardar la cuenta conectada</translation>
    </message>
    <message>
        <source>%1: the account has no id.</source>
        <translation>%1: la cuenta no tiene id.</translation>
    </message>
    <message>
        <source>Could not remove the connected account</source>
        <translation>No se pudo eliminar la cuenta conectada</translation>
    </message>
    <message>
        <source>Item %1 does not belong to the account being synced.</source>
        <translation>El elemento %1 no pertenece a la cuenta que se está sincronizando.</translation>
    </message>
    <message>
        <source>Could not read the library</source>
        <translation>No se pudo leer la biblioteca</translation>
    </message>
    <message>
        <source>Could not write the job log</source>
        <translation>No se pudo escribir el registro de tareas</translation>
    </message>
    <message>
        <source>Could not read the usage to report</source>
        <translation>No se pudo leer el uso pendiente de notificar</translation>
    </message>
    <message>
        <source>Could not update the usage to report</source>
        <translation>No se pudo actualizar el uso pendiente de notificar</translation>
    </message>
    <message>
        <source>Could not check the library file</source>
        <translation>No se pudo comprobar el archivo de biblioteca</translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2), so nothing is written to it. Restore it from a backup, or move it away to start a new library (exporting the library first may still save its items).</source>
        <translation>El archivo de biblioteca %1 está dañado (%2), así que no se escribe nada en él. Restáuralo desde una copia de seguridad o muévelo a otro sitio para empezar una biblioteca nueva (exportar antes la biblioteca puede salvar aún sus elementos).</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>es demasiado largo (%1 caracteres; como máximo %2)</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>es demasiado grande (se encontró %1; como máximo %2)</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder cannot be written (%2): search and browsing work, nothing can be saved until the folder is writable again.</source>
        <translation>La biblioteca %1 está abierta en solo lectura porque no se puede escribir en su carpeta (%2): la búsqueda y la navegación funcionan, pero no se puede guardar nada hasta que la carpeta vuelva a admitir escritura.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because the disk is full (%2): search and browsing work, nothing can be saved until space is freed.</source>
        <translation>La biblioteca %1 está abierta en solo lectura porque el disco está lleno (%2): la búsqueda y la navegación funcionan, pero no se puede guardar nada hasta que se libere espacio.</translation>
    </message>
    <message>
        <source>No library can be created in %1: %2.</source>
        <translation>No se puede crear una biblioteca en %1: %2.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of StreamVibe and must be upgraded, which needs a writable folder. %2</source>
        <translation>%1 fue escrito por una versión anterior de StreamVibe y debe actualizarse, para lo que se necesita una carpeta que admita escritura. %2</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be found (%2): search and browsing work, nothing can be saved until the folder is back.</source>
        <translation>La biblioteca %1 está abierta en solo lectura porque ya no se encuentra su carpeta (%2): la búsqueda y la navegación funcionan, pero no se puede guardar nada hasta que la carpeta vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be opened (%2): search and browsing work, nothing can be saved until its permissions let you in again.</source>
        <translation>La biblioteca %1 está abierta en solo lectura porque ya no se puede abrir su carpeta (%2): la búsqueda y la navegación funcionan, pero no se puede guardar nada hasta que sus permisos vuelvan a darle acceso.</translation>
    </message>
</context>
<context>
    <name>sv::LibraryFileFormat</name>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation>Elemento %1, campo «%2»: %3</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Elemento %1: %2</translation>
    </message>
    <message>
        <source>is required (youtube, instagram or tiktok)</source>
        <translation>es obligatorio (youtube, instagram o tiktok)</translation>
    </message>
    <message>
        <source>%1 is not a platform (use youtube, instagram or tiktok)</source>
        <translation>%1 no es una plataforma (usa youtube, instagram o tiktok)</translation>
    </message>
    <message>
        <source>is required and must not be empty</source>
        <translation>es obligatorio y no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (e.g. 2024-03-01T18:30:00Z)</source>
        <translation>%1 no es una fecha y hora ISO 8601 (p. ej., 2024-03-01T18:30:00Z)</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>no debe ser negativo (se encontró %1)</translation>
    </message>
    <message>
        <source>the JSON is malformed at line %1, column %2 (%3)</source>
        <translation>el JSON está mal formado en la línea %1, columna %2 (%3)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>El archivo no es JSON válido: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>debe ser un número entero, no %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>otro tipo</translation>
    </message>
    <message>
        <source>must be a whole number (found %1)</source>
        <translation>debe ser un número entero (se encontró %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>Line %1 (header), column &quot;%2&quot;: %3</source>
        <translation>Línea %1 (encabezado), columna «%2»: %3</translation>
    </message>
    <message>
        <source>(record starting on line %1)</source>
        <translation>(registro que empieza en la línea %1)</translation>
    </message>
    <message>
        <source>a quoted value is not closed (missing &quot;)</source>
        <translation>un valor entre comillas no está cerrado (falta &quot;)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a value must be doubled: &quot;&quot;)</source>
        <translation>texto inesperado tras unas comillas de cierre (unas comillas dentro de un valor deben duplicarse: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted value (quote the whole value and double the quote: &quot;&quot;)</source>
        <translation>unas comillas dentro de un valor sin comillas (pon todo el valor entre comillas y duplica las comillas: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a carriage return inside an unquoted value</source>
        <translation>un retorno de carro dentro de un valor sin comillas</translation>
    </message>
    <message>
        <source>The file must contain a JSON array of items ([{...}, ...]).</source>
        <translation>El archivo debe contener una matriz JSON de elementos ([{...}, ...]).</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>El archivo CSV no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file is empty: it needs a header row (%1).</source>
        <translation>El archivo CSV está vacío: necesita una fila de encabezado (%1).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>The CSV header names the column &quot;%1&quot; twice.</source>
        <translation>El encabezado CSV nombra dos veces la columna «%1».</translation>
    </message>
    <message>
        <source>The CSV header has no &quot;%1&quot; column (required: platform, account, external_id).</source>
        <translation>Al encabezado CSV le falta la columna «%1» (obligatorias: platform, account, external_id).</translation>
    </message>
    <message>
        <source>has %1 values but the header has %2 columns (line %3)</source>
        <translation>tiene %1 valores, pero el encabezado tiene %2 columnas (línea %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>Could not write the export file.</source>
        <translation>No se pudo escribir el archivo de exportación.</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>No se pudo escribir el archivo de exportación: %1</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>es demasiado grande (se encontró %1; como máximo %2)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
</context>
<context>
    <name>sv::LibraryService</name>
    <message>
        <source>The library is not open.</source>
        <translation>La biblioteca no está abierta.</translation>
    </message>
    <message>
        <source>The library was closed before the operation could run.</source>
        <translation>La biblioteca se cerró antes de que pudiera ejecutarse la operación.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sv::LoopbackListener</name>
    <message>
        <source>the listener was not started</source>
        <translation>el receptor no se inició</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Puedes cerrar esta pestaña y volver a StreamVibe.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>This address only receives the result of signing in to StreamVibe.</source>
        <translation>Esta dirección solo recibe el resultado del inicio de sesión en StreamVibe.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>La solicitud tardó demasiado.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>The request was too large to be processed.</source>
        <translation>La solicitud era demasiado grande para procesarla.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Dirección incorrecta</translation>
    </message>
    <message>
        <source>This request was not sent to the address StreamVibe opened for signing in.</source>
        <translation>Esta solicitud no se envió a la dirección que StreamVibe abrió para iniciar sesión.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>No se pudo entender la solicitud.</translation>
    </message>
</context>
<context>
    <name>sv::Platform</name>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
</context>
<context>
    <name>sv::PlatformError</name>
    <message>
        <source>Sign in to StreamVibe to connect %1.</source>
        <translation>Inicia sesión en StreamVibe para conectar %1.</translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read (%2).</source>
        <translation>%1 envió una respuesta que StreamVibe no puede leer (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check your internet connection.</source>
        <translation>No se pudo conectar con %1. Comprueba tu conexión a Internet.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Please try again.</source>
        <translation>%1 tardó demasiado en responder. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 did not accept the saved sign-in.</source>
        <translation>%1 no aceptó el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>The connection to %1 has expired or was revoked. Reconnect the account.</source>
        <translation>La conexión con %1 caducó o se revocó. Vuelve a conectar la cuenta.</translation>
    </message>
    <message>
        <source>%1 is limiting requests. Please wait a moment and try again.</source>
        <translation>%1 está limitando las solicitudes. Espera un momento e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The daily %1 API quota is used up. Try again tomorrow.</source>
        <translation>Se agotó la cuota diaria de la API de %1. Inténtalo de nuevo mañana.</translation>
    </message>
    <message>
        <source>%1 could not process the request (HTTP %2). Please try again later.</source>
        <translation>%1 no pudo procesar la solicitud (HTTP %2). Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>%1 could not process the request. Please try again later.</source>
        <translation>%1 no pudo procesar la solicitud. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read.</source>
        <translation>%1 envió una respuesta que StreamVibe no puede leer.</translation>
    </message>
    <message>
        <source>Access to your %1 account was declined.</source>
        <translation>Se rechazó el acceso a tu cuenta de %1.</translation>
    </message>
    <message>
        <source>Connecting %1 was cancelled.</source>
        <translation>Se canceló la conexión con %1.</translation>
    </message>
    <message>
        <source>StreamVibe is not set up to connect %1.</source>
        <translation>StreamVibe no está configurado para conectar %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 está limitando las solicitudes. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>%1 está limitando las solicitudes. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::PortalFlow</name>
    <message>
        <source>Back from billing</source>
        <translation>De vuelta de la facturación</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Puedes cerrar esta pestaña y volver a StreamVibe.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
</context>
<context>
    <name>sv::Profile</name>
    <message>
        <source>Cannot create the profile directory %1</source>
        <translation>No se puede crear el directorio de perfil %1</translation>
    </message>
    <message>
        <source>Cannot make the profile directory %1 private</source>
        <translation>No se puede hacer privado el directorio de perfil %1</translation>
    </message>
    <message>
        <source>%1: [profile] location: %2</source>
        <translation>%1: ubicación de [profile]: %2</translation>
    </message>
    <message>
        <source>$USER is used, but the user name is unknown ($USER and $LOGNAME are empty)</source>
        <translation>se usa $USER, pero el nombre de usuario es desconocido ($USER y $LOGNAME están vacías)</translation>
    </message>
    <message>
        <source>unknown variable $%1 (only $HOME, $USER and a leading ~ are expanded)</source>
        <translation>variable desconocida $%1 (solo se expanden $HOME, $USER y una ~ inicial)</translation>
    </message>
    <message>
        <source>a $ that starts no variable: %1</source>
        <translation>un $ que no inicia ninguna variable: %1</translation>
    </message>
    <message>
        <source>must be an absolute path (or start with ~/): %1</source>
        <translation>debe ser una ruta absoluta (o empezar por ~/): %1</translation>
    </message>
    <message>
        <source>the file exists but cannot be read</source>
        <translation>el archivo existe, pero no se puede leer</translation>
    </message>
    <message>
        <source>The profile&apos;s identity file %1 is damaged. Remove it to give the profile a new identity; you will then have to sign in and connect your accounts again.</source>
        <translation>El archivo de identidad del perfil %1 está dañado. Elimínalo para dar al perfil una identidad nueva; después tendrás que volver a iniciar sesión y conectar tus cuentas de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read or create the profile&apos;s identity file %1 (%2). StreamVibe needs it to keep this profile&apos;s keychain entries apart from other profiles&apos;: make the folder %3 writable.</source>
        <translation>No se puede leer ni crear el archivo de identidad del perfil %1 (%2). StreamVibe lo necesita para mantener las entradas del llavero de este perfil separadas de las de otros perfiles: haz que la carpeta %3 se pueda escribir.</translation>
    </message>
</context>
<context>
    <name>sv::SecretError</name>
    <message>
        <source>No keyring service is available, so StreamVibe cannot store or read your sign-in securely. Install and start a Secret Service provider (for example GNOME Keyring or KeePassXC) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>No hay ningún servicio de llavero disponible, así que StreamVibe no puede guardar ni leer tu inicio de sesión de forma segura. Instala e inicia un proveedor de Secret Service (por ejemplo, GNOME Keyring o KeePassXC) y vuelve a intentarlo; mientras tanto, StreamVibe sigue funcionando sin conexión.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (e.g. in Passwords and Keys) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>El llavero está bloqueado. Desbloquéalo (p. ej., en «Contraseñas y claves») y vuelve a intentarlo; mientras tanto, StreamVibe sigue funcionando sin conexión.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied. Allow StreamVibe to use the keyring and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Se denegó el acceso al llavero. Permite que StreamVibe use el llavero y vuelve a intentarlo; mientras tanto, StreamVibe sigue funcionando sin conexión.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keyring. Sign in again.</source>
        <translation>No se encontró ningún inicio de sesión guardado en el llavero. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time. If it is asking for a password, unlock it and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>El llavero no respondió a tiempo. Si está pidiendo una contraseña, desbloquéalo y vuelve a intentarlo; mientras tanto, StreamVibe sigue funcionando sin conexión.</translation>
    </message>
    <message>
        <source>The keyring reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>sv::SecretStore</name>
    <message numerus="yes">
        <source>no answer within %n ms</source>
        <translation>
            <numerusform>sin respuesta en %n ms</numerusform>
            <numerusform>sin respuesta en %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>clave no válida</translation>
    </message>
</context>
<context>
    <name>sv::SessionManager</name>
    <message>
        <source>Your session has ended (it was signed out on the server or from another device). Sign in again; your local library is unchanged.</source>
        <translation>Tu sesión ha terminado (se cerró en el servidor o desde otro dispositivo). Vuelve a iniciar sesión; tu biblioteca local no ha cambiado.</translation>
    </message>
    <message>
        <source>You were signed out from another StreamVibe window or the command line. Sign in again; your local library is unchanged.</source>
        <translation>Se cerró tu sesión desde otra ventana de StreamVibe o desde la línea de comandos. Vuelve a iniciar sesión; tu biblioteca local no ha cambiado.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read. Sign in again.</source>
        <translation>No se pudo leer el inicio de sesión guardado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The session changed meanwhile.</source>
        <translation>La sesión cambió mientras tanto.</translation>
    </message>
    <message>
        <source>The sign-in was superseded.</source>
        <translation>Otro inicio de sesión sustituyó a este.</translation>
    </message>
    <message>
        <source>A sign-in is already in progress.</source>
        <translation>Ya hay un inicio de sesión en curso.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery e-mail was sent a moment ago. Check your inbox (and spam folder), or ask again in %n second(s).</source>
        <translation>
            <numerusform>Hace un momento se envió un correo de recuperación. Revisa tu bandeja de entrada (y la carpeta de spam) o vuelve a pedirlo dentro de %n segundo.</numerusform>
            <numerusform>Hace un momento se envió un correo de recuperación. Revisa tu bandeja de entrada (y la carpeta de spam) o vuelve a pedirlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has sent too many e-mails for now. Try again in an hour.</source>
        <translation>El servidor ha enviado demasiados correos por ahora. Vuelve a intentarlo dentro de una hora.</translation>
    </message>
</context>
<context>
    <name>sv::SyncJob</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>The usage of this sync could not be reported yet (%1); it is kept and reported with the next sync.</source>
        <translation>Aún no se pudo notificar el uso de esta sincronización (%1); se guarda y se notificará con la próxima sincronización.</translation>
    </message>
    <message>
        <source>This account is already being synced.</source>
        <translation>Esta cuenta ya se está sincronizando.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>No hay ninguna cuenta de %1 conectada.</translation>
    </message>
    <message>
        <source>The %1 sign-in of this account is missing from the keychain: reconnect it.</source>
        <translation>Falta en el llavero el inicio de sesión de %1 de esta cuenta: vuelve a conectarla.</translation>
    </message>
    <message>
        <source>Sign in to StreamVibe to sync: your usage is counted against your plan.</source>
        <translation>Inicia sesión en StreamVibe para sincronizar: tu uso se descuenta de tu plan.</translation>
    </message>
    <message>
        <source>Your quota could not be checked (%1); the sync continues and the usage is reported later.</source>
        <translation>No se pudo comprobar tu cuota (%1); la sincronización continúa y el uso se notificará más tarde.</translation>
    </message>
    <message>
        <source>The statistics of recent items could not be refreshed: %1</source>
        <translation>No se pudieron actualizar las estadísticas de los elementos recientes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 no respondió; se reintentará en %n segundo.</numerusform>
            <numerusform>%1 no respondió; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached; retrying in %n second(s).</source>
        <translation>
            <numerusform>No se pudo contactar con %1; se reintentará en %n segundo.</numerusform>
            <numerusform>No se pudo contactar con %1; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 está limitando las solicitudes; se reintentará en %n segundo.</numerusform>
            <numerusform>%1 está limitando las solicitudes; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error (HTTP %2); retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 respondió con un error (HTTP %2); se reintentará en %n segundo.</numerusform>
            <numerusform>%1 respondió con un error (HTTP %2); se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 respondió con un error; se reintentará en %n segundo.</numerusform>
            <numerusform>%1 respondió con un error; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent an answer StreamVibe cannot read; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 envió una respuesta que StreamVibe no puede leer; se reintentará en %n segundo.</numerusform>
            <numerusform>%1 envió una respuesta que StreamVibe no puede leer; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Se reintentará en %n segundo.</numerusform>
            <numerusform>%1 Se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 sync was stopped after %n minute(s), its time limit. The items synced so far are kept.</source>
        <translation>
            <numerusform>La sincronización de %1 se detuvo tras %n minuto, su límite de tiempo. Los elementos sincronizados hasta ahora se conservan.</numerusform>
            <numerusform>La sincronización de %1 se detuvo tras %n minutos, su límite de tiempo. Los elementos sincronizados hasta ahora se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s); the sync stopped. The items synced so far are kept.</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo; la sincronización se detuvo. Los elementos sincronizados hasta ahora se conservan.</numerusform>
            <numerusform>%1 no respondió en %n segundos; la sincronización se detuvo. Los elementos sincronizados hasta ahora se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>This %1 connection does not include its analytics, so no history was read. Reconnect %1 to include it.</source>
        <translation>Esta conexión con %1 no incluye sus estadísticas, así que no se leyó el historial. Vuelva a conectar %1 para incluirlas.</translation>
    </message>
    <message>
        <source>%1 did not give the history of some items this time; the next sync reads it.</source>
        <translation>%1 no entregó el historial de algunos elementos esta vez; la próxima sincronización lo leerá.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not give the history of %n item(s); the next syncs try again after the other items.</source>
        <translation>
            <numerusform>%1 no proporcionó el historial de %n elemento; las próximas sincronizaciones volverán a intentarlo después de los demás elementos.</numerusform>
            <numerusform>%1 no proporcionó el historial de %n elementos; las próximas sincronizaciones volverán a intentarlo después de los demás elementos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncManager</name>
    <message>
        <source>%1 is already being connected.</source>
        <translation>%1 ya se está conectando.</translation>
    </message>
    <message>
        <source>%1 is not configured in this installation.</source>
        <translation>%1 no está configurado en esta instalación.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be stored in the keychain: %2</source>
        <translation>No se pudo guardar en el llavero el inicio de sesión de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>No hay ninguna cuenta de %1 conectada.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be read from the keychain: %2</source>
        <translation>No se pudo leer del llavero el inicio de sesión de %1: %2</translation>
    </message>
    <message>
        <source>%1 could not revoke StreamVibe&apos;s access (%2). The sign-in was removed from this computer; you can also remove the access in your %1 account settings.</source>
        <translation>%1 no pudo revocar el acceso de StreamVibe (%2). El inicio de sesión se eliminó de este ordenador; también puedes quitar el acceso en la configuración de tu cuenta de %1.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be removed from the keychain: %2</source>
        <translation>No se pudo eliminar del llavero el inicio de sesión de %1: %2</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>%1 sync failed: %2</source>
        <translation>La sincronización de %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected before it can be synced.</source>
        <translation>Hay que volver a conectar la cuenta de %1 antes de sincronizarla.</translation>
    </message>
    <message>
        <source>%1 sync finished: %2.</source>
        <translation>Sincronización de %1 terminada: %2.</translation>
    </message>
</context>
<context>
    <name>sv::SyncOutcome</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln item(s)</source>
        <translation>
            <numerusform>%1 de unos %Ln elemento</numerusform>
            <numerusform>%1 de unos %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>queda unos %Ln minuto</numerusform>
            <numerusform>quedan unos %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>no new items</source>
        <translation>ningún elemento nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln elemento nuevo</numerusform>
            <numerusform>%Ln elementos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln updated</source>
        <translation>
            <numerusform>%1, %Ln actualizado</numerusform>
            <numerusform>%1, %Ln actualizados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncScheduler</name>
    <message>
        <source>Background sync is off.</source>
        <translation>La sincronización en segundo plano está desactivada.</translation>
    </message>
    <message>
        <source>Sign in to sync in the background.</source>
        <translation>Inicia sesión para sincronizar en segundo plano.</translation>
    </message>
    <message>
        <source>Waiting for the network to sync.</source>
        <translation>Esperando a la red para sincronizar.</translation>
    </message>
    <message>
        <source>Sync paused: the connection is metered.</source>
        <translation>Sincronización en pausa: la conexión es de uso medido.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync due; starting soon.</source>
        <translation>Sincronización pendiente; empezará en breve.</translation>
    </message>
    <message>
        <source>Next sync at %1.</source>
        <translation>Próxima sincronización: %1.</translation>
    </message>
</context>
<context>
    <name>sv::UsageReporter</name>
    <message>
        <source>Your %1 plan&apos;s quota of %2 items is used up (%3 used). The sync continues; items beyond the quota are billed as overage.</source>
        <translation>Se ha agotado la cuota de %2 elementos de tu plan %1 (%3 usados). La sincronización continúa; los elementos por encima de la cuota se facturan como excedente.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
</context>
<context>
    <name>sv::YouTubeConnector</name>
    <message>
        <source>This Google account has no YouTube channel. Create one, then connect again.</source>
        <translation>Esta cuenta de Google no tiene canal de YouTube. Crea uno y vuelve a conectarla.</translation>
    </message>
</context>
</TS>
