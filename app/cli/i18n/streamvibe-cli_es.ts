<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountNames</name>
    <message>
        <source>no account &apos;%1&apos; in the library (&quot;accounts&quot; lists them; give its id, handle or name)</source>
        <translation>no hay ninguna cuenta «%1» en la biblioteca (&quot;accounts&quot; las lista; indique su id, su identificador o su nombre)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names several accounts: %2; give its id</source>
        <translation>«%1» designa varias cuentas: %2; indique su id</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>reconnect needed</source>
        <translation>hay que volver a conectarla</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>List the connected platform accounts and their sync state.</source>
        <translation>Mostrar las cuentas de plataformas conectadas y su estado de sincronización.</translation>
    </message>
    <message>
        <source>accounts [options]</source>
        <translation>accounts [opciones]</translation>
    </message>
    <message>
        <source>Lists the connected accounts of the profile: platform, account, status, the items in the library and the last sync. Reads the library only (no network, no sign-in).</source>
        <translation>Muestra las cuentas conectadas del perfil: plataforma, cuenta, estado, los elementos en la biblioteca y la última sincronización. Solo lee la biblioteca (sin red ni inicio de sesión).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>accounts takes no arguments</source>
        <translation>accounts no admite argumentos</translation>
    </message>
    <message>
        <source>No account is connected. Run “%1 connect PLATFORM” to connect one.</source>
        <translation>No hay ninguna cuenta conectada. Ejecuta «%1 connect PLATAFORMA» para conectar una.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ELEMENTOS</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>ÚLTIMA SINCRONIZACIÓN</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: run “%2 connect %3”.</source>
        <translation>Hay que volver a conectar %1: ejecuta «%2 connect %3».</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>Inspect or empty the cache of backend answers (plans, profile, usage).</source>
        <translation>Inspeccionar o vaciar la caché de respuestas del backend (planes, perfil, uso).</translation>
    </message>
    <message>
        <source>Show the cache counters and what the profile&apos;s cache holds.</source>
        <translation>Mostrar los contadores de la caché y lo que contiene la caché del perfil.</translation>
    </message>
    <message>
        <source>Remove every cached backend answer from the profile.</source>
        <translation>Eliminar del perfil todas las respuestas del backend guardadas en caché.</translation>
    </message>
    <message>
        <source>cache clear [options]</source>
        <translation>cache clear [opciones]</translation>
    </message>
    <message>
        <source>Removes every cached backend answer stored in the profile&apos;s library and prints how many were removed. The content library itself is not touched; the next online start fetches fresh answers.</source>
        <translation>Elimina todas las respuestas del backend guardadas en caché en la biblioteca del perfil e indica cuántas se eliminaron. La biblioteca de contenido no se toca; el próximo inicio con conexión obtiene respuestas nuevas.</translation>
    </message>
    <message>
        <source>cache stats [options]</source>
        <translation>cache stats [opciones]</translation>
    </message>
    <message>
        <source>Shows the hits and misses of the memory and SQLite cache layers (zero in a new process), and the entries stored in the profile&apos;s library: how many, how many expired (served only when the backend is unreachable) and their size in bytes.</source>
        <translation>Muestra los aciertos y fallos de las capas de caché en memoria y en SQLite (cero en un proceso nuevo) y las entradas guardadas en la biblioteca del perfil: cuántas hay, cuántas han caducado (solo se usan cuando el backend no está accesible) y su tamaño en bytes.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>cache %1 takes no arguments</source>
        <translation>cache %1 no admite argumentos</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>no se puede leer la caché: %1</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>HITS</source>
        <translation>ACIERTOS</translation>
    </message>
    <message>
        <source>MISSES</source>
        <translation>FALLOS</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>ENTRADAS</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>sqlite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Stored in the library: %1 entries, %2 expired, %3 bytes.</source>
        <translation>Guardado en la biblioteca: %1 entradas, %2 caducadas, %3 bytes.</translation>
    </message>
    <message>
        <source>cannot clear the cache: %1</source>
        <translation>no se puede vaciar la caché: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached answer(s).</source>
        <translation>
            <numerusform>Se eliminó %n respuesta guardada en caché.</numerusform>
            <numerusform>Se eliminaron %n respuestas guardadas en caché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutCommand</name>
    <message>
        <source>Buy or change the plan with Stripe Checkout in the browser.</source>
        <translation>Comprar o cambiar el plan con Stripe Checkout en el navegador.</translation>
    </message>
    <message>
        <source>checkout [options] PLAN</source>
        <translation>checkout [opciones] PLAN</translation>
    </message>
    <message>
        <source>Opens Stripe Checkout for PLAN in your browser ($BROWSER, else the desktop&apos;s handler) and prints the link. When the payment is done the browser returns to StreamVibe and the new plan is printed; if it does not return, the subscription is checked every few seconds for up to two minutes. Cancelling on the checkout page leaves your plan unchanged.</source>
        <translation>Abre Stripe Checkout para PLAN en tu navegador ($BROWSER o, si no, el gestor del escritorio) e imprime el enlace. Cuando se completa el pago, el navegador vuelve a StreamVibe y se imprime el nuevo plan; si no vuelve, la suscripción se comprueba cada pocos segundos durante un máximo de dos minutos. Cancelar en la página de pago deja tu plan sin cambios.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>The plan to buy: basic or premium (see &apos;plans&apos;).</source>
        <translation>El plan que se va a comprar: basic o premium (consulta «plans»).</translation>
    </message>
    <message>
        <source>Pay yearly instead of monthly.</source>
        <translation>Pagar anualmente en lugar de mensualmente.</translation>
    </message>
    <message>
        <source>checkout takes one PLAN</source>
        <translation>checkout admite un PLAN</translation>
    </message>
    <message>
        <source>no such plan: %1</source>
        <translation>no existe el plan: %1</translation>
    </message>
    <message>
        <source>the %1 plan cannot be bought; cancel your subscription with the billing portal to return to it</source>
        <translation>el plan %1 no se puede comprar; cancela tu suscripción en el portal de facturación para volver a él</translation>
    </message>
    <message>
        <source>Opened the checkout in your browser. If it did not appear, open this link:</source>
        <translation>Se abrió el pago en tu navegador. Si no aparece, abre este enlace:</translation>
    </message>
    <message>
        <source>Open this link in your browser to pay:</source>
        <translation>Abre este enlace en tu navegador para pagar:</translation>
    </message>
    <message>
        <source>Waiting for the payment... (Ctrl+C to stop)</source>
        <translation>Esperando el pago... (Ctrl+C para detener)</translation>
    </message>
    <message>
        <source>Payment confirmed. Your plan is now %1 (%2 API units per month).</source>
        <translation>Pago confirmado. Tu plan ahora es %1 (%2 unidades de API al mes).</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the profile in DIR (default: $STREAMVIBE_PROFILE, else ~/.local/share/StreamVibe/profiles/default).</source>
        <translation>Usar el perfil de DIRECTORIO (predeterminado: $STREAMVIBE_PROFILE o, si no, ~/.local/share/StreamVibe/profiles/default).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Read the configuration from FILE only (default: $STREAMVIBE_CONFIG, else the system and user streamvibe.conf).</source>
        <translation>Leer la configuración solo de ARCHIVO (predeterminado: $STREAMVIBE_CONFIG o, si no, el streamvibe.conf del sistema y del usuario).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [ACTION] [options] [arguments]</source>
        <translation>Uso: %1 [opciones globales] COMANDO [ACCIÓN] [opciones] [argumentos]</translation>
    </message>
    <message>
        <source>StreamVibe from the command line: search and manage your local content library.</source>
        <translation>StreamVibe desde la línea de comandos: busca y gestiona tu biblioteca local de contenido.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Show the help of a command: help COMMAND [ACTION].</source>
        <translation>Mostrar la ayuda de un comando: help COMANDO [ACCIÓN].</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecuta «%1 help COMANDO» o «%1 COMANDO --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 wrong command line, 2 the command failed.</source>
        <translation>Código de salida: 0 éxito, 1 línea de comandos incorrecta, 2 el comando falló.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 ACTION [options] [arguments]</source>
        <translation>Uso: %1 %2 ACCIÓN [opciones] [argumentos]</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2 ACTION&apos; for the options of an action.</source>
        <translation>Ejecuta «%1 help %2 ACCIÓN» para ver las opciones de una acción.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>«%1» no tiene la acción «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action</source>
        <translation>«%1» necesita una acción</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action before its options</source>
        <translation>«%1» necesita una acción antes de sus opciones</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>cannot open the library %1: %2</source>
        <translation>no se puede abrir la biblioteca %1: %2</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>no StreamVibe server is configured: set [backend] url and anon_key in streamvibe.conf (see “%1 config”)</source>
        <translation>no hay ningún servidor de StreamVibe configurado: define url y anon_key de [backend] en streamvibe.conf (consulta «%1 config»)</translation>
    </message>
    <message>
        <source>the session is not initialised</source>
        <translation>la sesión no está inicializada</translation>
    </message>
    <message>
        <source>Not signed in: run “%1 login”.</source>
        <translation>No has iniciado sesión: ejecuta «%1 login».</translation>
    </message>
    <message>
        <source>Run “%1 login” to sign in again.</source>
        <translation>Ejecuta «%1 login» para volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Inspect the application configuration (streamvibe.conf).</source>
        <translation>Inspeccionar la configuración de la aplicación (streamvibe.conf).</translation>
    </message>
    <message>
        <source>Show the effective configuration and where each value comes from.</source>
        <translation>Mostrar la configuración efectiva y de dónde viene cada valor.</translation>
    </message>
    <message>
        <source>config show [options]</source>
        <translation>config show [opciones]</translation>
    </message>
    <message>
        <source>Shows every configuration value and its source. The configuration is read from $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (default /etc/xdg), then $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (default ~/.config), each overriding the previous one key by key; --config FILE or $STREAMVIBE_CONFIG replaces both. Keys no file sets keep their built-in defaults.</source>
        <translation>Muestra cada valor de configuración y su origen. La configuración se lee de $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (predeterminado /etc/xdg) y después de $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (predeterminado ~/.config); cada archivo sobrescribe al anterior clave por clave. --config ARCHIVO o $STREAMVIBE_CONFIG sustituye a ambos. Las claves que ningún archivo define conservan sus valores predeterminados integrados.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>config show takes no arguments</source>
        <translation>config show no admite argumentos</translation>
    </message>
    <message>
        <source>Configuration files, lowest priority first:</source>
        <translation>Archivos de configuración, de menor a mayor prioridad:</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>Backend: not configured (set url in the [backend] group); sign-in, plans and sync are unavailable, the local library works offline.</source>
        <translation>Backend: no configurado (define url en el grupo [backend]); el inicio de sesión, los planes y la sincronización no están disponibles; la biblioteca local funciona sin conexión.</translation>
    </message>
    <message>
        <source>Backend: %1 (local sandbox: every endpoint is on this machine)</source>
        <translation>Backend: %1 (entorno de pruebas local: todos los endpoints están en este equipo)</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect a YouTube, Instagram or TikTok account (sign-in in the browser).</source>
        <translation>Conectar una cuenta de YouTube, Instagram o TikTok (inicio de sesión en el navegador).</translation>
    </message>
    <message>
        <source>connect [options] PLATFORM</source>
        <translation>connect [opciones] PLATAFORMA</translation>
    </message>
    <message>
        <source>Opens the platform&apos;s sign-in page in the browser ($BROWSER, else the desktop&apos;s default) and waits for you to allow StreamVibe to read your published content. The link is also printed in case no browser opens. The sign-in is kept in the system keychain, never in a file. Connecting again reconnects the account; another account of the same platform replaces the connected one (its items stay in the library).</source>
        <translation>Abre la página de inicio de sesión de la plataforma en el navegador ($BROWSER o, si no, el predeterminado del escritorio) y espera a que permitas a StreamVibe leer tu contenido publicado. El enlace también se imprime por si no se abre ningún navegador. El inicio de sesión se guarda en el llavero del sistema, nunca en un archivo. Conectar de nuevo vuelve a conectar la cuenta; otra cuenta de la misma plataforma sustituye a la conectada (sus elementos se quedan en la biblioteca).</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram o tiktok.</translation>
    </message>
    <message>
        <source>connect needs exactly one PLATFORM</source>
        <translation>connect necesita exactamente una PLATAFORMA</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it does not open, visit:</source>
        <translation>Inicia sesión en tu navegador. Si no se abre, visita:</translation>
    </message>
    <message>
        <source>Connected %1 account “%2” (%3). Run “%4 sync %5” to fetch its items.</source>
        <translation>Cuenta de %1 «%2» conectada (%3). Ejecuta «%4 sync %5» para obtener sus elementos.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Disconnect a platform account: revoke access and delete its sign-in.</source>
        <translation>Desconectar una cuenta de plataforma: revocar el acceso y borrar su inicio de sesión.</translation>
    </message>
    <message>
        <source>disconnect [options] PLATFORM</source>
        <translation>disconnect [opciones] PLATAFORMA</translation>
    </message>
    <message>
        <source>Revokes StreamVibe&apos;s access where the platform supports it (YouTube), deletes the sign-in from the system keychain and forgets the account. Its items stay in the library unless --remove-items is given.</source>
        <translation>Revoca el acceso de StreamVibe donde la plataforma lo permite (YouTube), borra el inicio de sesión del llavero del sistema y olvida la cuenta. Sus elementos se quedan en la biblioteca, salvo que se indique --remove-items.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram o tiktok.</translation>
    </message>
    <message>
        <source>Keep the account&apos;s items in the library (the default).</source>
        <translation>Conservar los elementos de la cuenta en la biblioteca (predeterminado).</translation>
    </message>
    <message>
        <source>Also remove the account&apos;s items from the library.</source>
        <translation>Eliminar también de la biblioteca los elementos de la cuenta.</translation>
    </message>
    <message>
        <source>disconnect needs exactly one PLATFORM</source>
        <translation>disconnect necesita exactamente una PLATAFORMA</translation>
    </message>
    <message>
        <source>--keep-items and --remove-items exclude each other</source>
        <translation>--keep-items y --remove-items se excluyen mutuamente</translation>
    </message>
    <message>
        <source>Disconnected %1.</source>
        <translation>Cuenta de %1 desconectada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>Se eliminó %n elemento de la biblioteca.</numerusform>
            <numerusform>Se eliminaron %n elementos de la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items stay in the library.</source>
        <translation>Sus elementos se quedan en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>Group %1 · kept by you</source>
        <translation>Grupo %1 · fijado por usted</translation>
    </message>
    <message>
        <source>Group %1 · score %2</source>
        <translation>Grupo %1 · puntuación %2</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VISUALIZACIONES</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>ME GUSTA</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMENTARIOS</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>COMPARTIDOS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 y %2: %3</translation>
    </message>
    <message>
        <source>Show the clips cross-posted on several platforms as one, or confirm, split or merge them.</source>
        <translation>Mostrar como uno los clips publicados en varias plataformas, o confirmarlos, separarlos o combinarlos.</translation>
    </message>
    <message>
        <source>groups [options] [confirm ITEM | split ITEM | merge ITEM ITEM]</source>
        <translation>groups [opciones] [confirm ELEMENTO | split ELEMENTO | merge ELEMENTO ELEMENTO]</translation>
    </message>
    <message>
        <source>Lists the groups of the same clip posted on YouTube, TikTok and Instagram: items with similar titles (case, accents, punctuation, emoji, hashtags and mentions aside), durations at most 1 s apart and published at most 72 hours apart, one per platform. Each group shows its members&apos; figures, their sum (a platform without the figure is left out of it, never counted as 0) and why the items were grouped. &apos;confirm ITEM&apos; keeps the item&apos;s group as it is, &apos;split ITEM&apos; takes the item out of its group, &apos;merge ITEM ITEM&apos; makes one group of the two items&apos; groups: these decisions are kept across syncs.</source>
        <translation>Lista los grupos del mismo clip publicado en YouTube, TikTok e Instagram: elementos con títulos similares (sin tener en cuenta mayúsculas, acentos, puntuación, emoji, hashtags y menciones), duraciones a 1 s como máximo y publicados con 72 horas de diferencia como máximo, uno por plataforma. Cada grupo muestra las cifras de sus elementos, su suma (una plataforma sin la cifra queda fuera de ella, nunca cuenta como 0) y por qué se agruparon. «confirm ELEMENTO» mantiene el grupo del elemento tal como está, «split ELEMENTO» saca el elemento de su grupo, «merge ELEMENTO ELEMENTO» hace un solo grupo de los grupos de ambos elementos: estas decisiones se conservan entre sincronizaciones.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENTO</translation>
    </message>
    <message>
        <source>An item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation>El id de un elemento en la biblioteca (el «id» de search --json).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>unknown groups action &apos;%1&apos; (use confirm, split or merge)</source>
        <translation>acción de groups desconocida «%1» (use confirm, split o merge)</translation>
    </message>
    <message>
        <source>groups merge needs two ITEMs</source>
        <translation>groups merge necesita dos ELEMENTOS</translation>
    </message>
    <message>
        <source>groups %1 needs one ITEM</source>
        <translation>groups %1 necesita un ELEMENTO</translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation>ELEMENTO debe ser un id de elemento (un número entero), no «%1»</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>no hay ningún elemento %1 en la biblioteca</translation>
    </message>
    <message>
        <source>Item %1 is now on its own; it will not be grouped again unless you merge it.</source>
        <translation>El elemento %1 queda ahora solo; no se volverá a agrupar salvo que lo combine.</translation>
    </message>
    <message>
        <source>No cross-posted clips found.</source>
        <translation>No se encontraron clips publicados en varias plataformas.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of cross-posted clips</source>
        <translation>
            <numerusform>%n grupo de clips publicados en varias plataformas</numerusform>
            <numerusform>%n grupos de clips publicados en varias plataformas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show an item&apos;s views, likes, comments and shares over time.</source>
        <translation>Mostrar las visualizaciones, los me gusta, los comentarios y los compartidos de un elemento a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>history [options] ITEM</source>
        <translation>history [opciones] ELEMENTO</translation>
    </message>
    <message>
        <source>Shows the counters recorded for ITEM, one line per day on which they changed. A metric its platform does not give is shown as a dash (null in JSON), never as 0.</source>
        <translation>Muestra los contadores registrados para ELEMENTO, una línea por cada día en que cambiaron. Una métrica que su plataforma no ofrece se muestra como un guion (null en JSON), nunca como 0.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENTO</translation>
    </message>
    <message>
        <source>The item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation>El id del elemento en la biblioteca (el «id» de search --json).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation>Imprimir un documento JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>history needs one ITEM</source>
        <translation>history necesita un ELEMENTO</translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation>ELEMENTO debe ser un id de elemento (un número entero), no «%1»</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>no hay ningún elemento %1 en la biblioteca</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>No history recorded yet: the next sync records it.</source>
        <translation>Todavía no hay historial: la próxima sincronización lo registra.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DÍA</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VISUALIZACIONES</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>ME GUSTA</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMENTARIOS</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>COMPARTIDOS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this item yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram solo da las visualizaciones de su contenido a través de sus estadísticas, y todavía no se leyó ninguna para este elemento: cada sincronización lee las de algunas publicaciones, primero las que nunca se leyeron, si la cuenta permitió las estadísticas al conectarla.</translation>
    </message>
    <message>
        <source>Views from Instagram&apos;s insights since %1; the days before have none.</source>
        <translation>Visualizaciones de las estadísticas de Instagram desde el %1; los días anteriores no tienen.</translation>
    </message>
</context>
<context>
    <name>InvoicesCommand</name>
    <message>
        <source>List your invoices with links to their PDF.</source>
        <translation>Mostrar tus facturas con enlaces a su PDF.</translation>
    </message>
    <message>
        <source>invoices [options]</source>
        <translation>invoices [opciones]</translation>
    </message>
    <message>
        <source>Lists your invoices, newest first: date, number, amount, status and the link to the PDF. Invoices are always fetched from Stripe through the backend and never stored.</source>
        <translation>Muestra tus facturas, de la más reciente a la más antigua: fecha, número, importe, estado y el enlace al PDF. Las facturas siempre se obtienen de Stripe a través del backend y nunca se guardan.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>invoices takes no arguments</source>
        <translation>invoices no admite argumentos</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Aún no hay facturas.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Manage the local content library of a profile.</source>
        <translation>Gestionar la biblioteca local de contenido de un perfil.</translation>
    </message>
    <message>
        <source>Import items from a JSON or CSV file (all or nothing).</source>
        <translation>Importar elementos de un archivo JSON o CSV (todos o ninguno).</translation>
    </message>
    <message>
        <source>Export the whole library as JSON or CSV.</source>
        <translation>Exportar toda la biblioteca como JSON o CSV.</translation>
    </message>
    <message>
        <source>Show how many items the library holds, per platform.</source>
        <translation>Mostrar cuántos elementos contiene la biblioteca, por plataforma.</translation>
    </message>
    <message>
        <source>File format: json or csv.</source>
        <translation>Formato de archivo: json o csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>library import [options] FILE</source>
        <translation>library import [opciones] ARCHIVO</translation>
    </message>
    <message>
        <source>Imports the items of FILE into the library: new items are added, items already there (same platform, account and external_id) are updated. Nothing is imported if any item is invalid; the error names the item and the field. The format comes from the file name (.json, .csv) unless --format is given.</source>
        <translation>Importa los elementos de ARCHIVO a la biblioteca: los elementos nuevos se añaden y los que ya existen (misma plataforma, cuenta y external_id) se actualizan. Si algún elemento no es válido, no se importa nada; el error indica el elemento y el campo. El formato se deduce del nombre del archivo (.json, .csv), salvo que se indique --format.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The JSON or CSV file to import; - reads standard input (with --format).</source>
        <translation>El archivo JSON o CSV que se va a importar; - lee la entrada estándar (con --format).</translation>
    </message>
    <message>
        <source>library export [options] [FILE]</source>
        <translation>library export [opciones] [ARCHIVO]</translation>
    </message>
    <message>
        <source>Writes every item of the library as JSON or CSV, in the format library import reads, to FILE or to standard output. The format comes from --format, else from the file name (.json, .csv), else JSON.</source>
        <translation>Escribe todos los elementos de la biblioteca como JSON o CSV, en el formato que lee library import, en ARCHIVO o en la salida estándar. El formato se toma de --format; si no, del nombre del archivo (.json, .csv); si no, JSON.</translation>
    </message>
    <message>
        <source>Where to write (replaced atomically); standard output if omitted.</source>
        <translation>Dónde escribir (se reemplaza de forma atómica); la salida estándar si se omite.</translation>
    </message>
    <message>
        <source>library stats [options]</source>
        <translation>library stats [opciones]</translation>
    </message>
    <message>
        <source>Shows the number of items per platform, the newest item, the last sync and the size of the library file.</source>
        <translation>Muestra el número de elementos por plataforma, el elemento más reciente, la última sincronización y el tamaño del archivo de biblioteca.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>library import needs the FILE to import</source>
        <translation>library import necesita el ARCHIVO que se va a importar</translation>
    </message>
    <message>
        <source>library import takes one FILE, not %1</source>
        <translation>library import admite un ARCHIVO, no %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use json or csv)</source>
        <translation>formato desconocido «%1» (usa json o csv)</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name: use --format json or --format csv</source>
        <translation>no se puede deducir el formato de «%1» por su nombre: usa --format json o --format csv</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>no se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>no se puede leer %1: es un directorio</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (no se importó nada)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n elemento de %1.</numerusform>
            <numerusform>Se importaron %n elementos de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>library export takes at most one FILE, not %1</source>
        <translation>library export admite como máximo un ARCHIVO, no %1</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>la exportación ha fallado: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation>no se puede exportar a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n elemento a %1.</numerusform>
            <numerusform>Se exportaron %n elementos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>Se exportó la biblioteca a %1.</translation>
    </message>
    <message>
        <source>library stats takes no arguments</source>
        <translation>library stats no admite argumentos</translation>
    </message>
    <message>
        <source>cannot read the library statistics: %1</source>
        <translation>no se pueden leer las estadísticas de la biblioteca: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation>Archivo de biblioteca:</translation>
    </message>
    <message>
        <source>Newest item:</source>
        <translation>Elemento más reciente:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ELEMENTOS</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in to your StreamVibe account (in the browser, or with e-mail and password).</source>
        <translation>Iniciar sesión en tu cuenta de StreamVibe (en el navegador o con correo electrónico y contraseña).</translation>
    </message>
    <message>
        <source>login [options]</source>
        <translation>login [opciones]</translation>
    </message>
    <message>
        <source>Signs the profile in to StreamVibe. By default the sign-in happens in your browser: the command opens the sign-in page with $BROWSER (or the desktop&apos;s browser) and always prints the link to standard error, so that you can open it yourself, also on another screen of this machine. With --email and --password-stdin the password is read from the first line of standard input (never from the command line). The session is kept in the system keyring only and is shared with the desktop app.</source>
        <translation>Inicia la sesión del perfil en StreamVibe. De forma predeterminada, el inicio de sesión se hace en el navegador: el comando abre la página de inicio de sesión con $BROWSER (o el navegador del escritorio) y siempre imprime el enlace en la salida de error estándar, para que puedas abrirlo tú mismo, también en otra pantalla de este equipo. Con --email y --password-stdin, la contraseña se lee de la primera línea de la entrada estándar (nunca de la línea de comandos). La sesión se guarda solo en el llavero del sistema y se comparte con la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address (needs --password-stdin).</source>
        <translation>Iniciar sesión con esta dirección de correo electrónico (necesita --password-stdin).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>The sign-in provider of the browser sign-in (default: google).</source>
        <translation>El proveedor del inicio de sesión en el navegador (predeterminado: google).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Do not start a browser: only print the link to open.</source>
        <translation>No abrir ningún navegador: solo imprimir el enlace que hay que abrir.</translation>
    </message>
    <message>
        <source>Give up the browser sign-in after this many seconds (default: 300).</source>
        <translation>Abandonar el inicio de sesión en el navegador tras estos segundos (predeterminado: 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation>login no admite argumentos</translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation>--password-stdin necesita --email</translation>
    </message>
    <message>
        <source>--email needs --password-stdin (a password is never taken from the command line)</source>
        <translation>--email necesita --password-stdin (nunca se toma una contraseña de la línea de comandos)</translation>
    </message>
    <message>
        <source>--provider and --no-browser are for the browser sign-in</source>
        <translation>--provider y --no-browser son para el inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout necesita un número positivo de segundos</translation>
    </message>
    <message>
        <source>--provider needs a name</source>
        <translation>--provider necesita un nombre</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no hay ninguna contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>Open this link in your browser to sign in:</source>
        <translation>Abre este enlace en tu navegador para iniciar sesión:</translation>
    </message>
    <message>
        <source>No browser could be started: open the link above yourself.</source>
        <translation>No se pudo abrir ningún navegador: abre tú mismo el enlace de arriba.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign out of your StreamVibe account.</source>
        <translation>Cerrar la sesión de tu cuenta de StreamVibe.</translation>
    </message>
    <message>
        <source>logout [options]</source>
        <translation>logout [opciones]</translation>
    </message>
    <message>
        <source>Signs the profile out: the session is removed from the system keyring, revoked on the server when it can be reached, and the account&apos;s cached data (plan, usage) is removed from the profile. The local content library is kept. Signing out when nobody is signed in does nothing.</source>
        <translation>Cierra la sesión del perfil: la sesión se elimina del llavero del sistema, se revoca en el servidor si está accesible y los datos de la cuenta guardados en caché (plan, uso) se eliminan del perfil. La biblioteca local de contenido se conserva. Cerrar sesión cuando no hay ninguna iniciada no hace nada.</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout no admite argumentos</translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation>Se cerró la sesión de %1.</translation>
    </message>
    <message>
        <source>Nobody was signed in.</source>
        <translation>No había ninguna sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>List the plans with their prices, quota and overage price.</source>
        <translation>Mostrar los planes con sus precios, su cuota y el precio del excedente.</translation>
    </message>
    <message>
        <source>plans [options]</source>
        <translation>plans [opciones]</translation>
    </message>
    <message>
        <source>Lists the plans offered (Free, Basic, Premium...) with their monthly and yearly prices in your locale, the API units included per month and the price of extra units. Your current plan is marked with &apos;*&apos;.</source>
        <translation>Muestra los planes disponibles (Free, Basic, Premium...) con sus precios mensuales y anuales según tu configuración regional, las unidades de API incluidas al mes y el precio de las unidades adicionales. Tu plan actual se marca con «*».</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Prices in CURRENCY (usd, eur or jpy); default from the locale.</source>
        <translation>Precios en MONEDA (usd, eur o jpy); de forma predeterminada, según la configuración regional.</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>MONEDA</translation>
    </message>
    <message>
        <source>plans takes no arguments</source>
        <translation>plans no admite argumentos</translation>
    </message>
    <message>
        <source>not a currency code: %1</source>
        <translation>no es un código de moneda: %1</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MENSUAL</translation>
    </message>
    <message>
        <source>YEARLY</source>
        <translation>ANUAL</translation>
    </message>
    <message>
        <source>UNITS/MONTH</source>
        <translation>UNIDADES/MES</translation>
    </message>
    <message>
        <source>OVERAGE/1,000</source>
        <translation>EXCEDENTE/1000</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the local library (offline full-text search).</source>
        <translation>Buscar en la biblioteca local (búsqueda de texto completo sin conexión).</translation>
    </message>
    <message>
        <source>search [options] QUERY...</source>
        <translation>search [opciones] CONSULTA...</translation>
    </message>
    <message>
        <source>Searches titles and descriptions in the local library; the last word also matches as a prefix. An empty QUERY (&quot;&quot;) lists everything that passes the filters.</source>
        <translation>Busca en los títulos y descripciones de la biblioteca local; la última palabra también coincide como prefijo. Una CONSULTA vacía (&quot;&quot;) muestra todo lo que pasa los filtros.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>CONSULTA</translation>
    </message>
    <message>
        <source>The words to look for; several words are joined.</source>
        <translation>Las palabras que se buscan; si hay varias, deben aparecer todas.</translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok (repeat or separate with commas for several).</source>
        <translation>Solo esta plataforma: youtube, instagram o tiktok (repite la opción o separa con comas para indicar varias).</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>Show at most N items (1-%1, default %2).</source>
        <translation>Mostrar como máximo N elementos (1-%1, predeterminado %2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N items (default 0).</source>
        <translation>Omitir los primeros N elementos (predeterminado 0).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation>Imprimir un documento JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>search needs a QUERY (&quot;&quot; lists everything)</source>
        <translation>search necesita una CONSULTA (&quot;&quot; muestra todo)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation>plataforma desconocida «%1» (usa youtube, instagram o tiktok)</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit necesita un número entero del 1 al %1, no «%2»</translation>
    </message>
    <message>
        <source>--offset needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--offset necesita un número entero igual o mayor que 0, no «%1»</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>la búsqueda ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match, none after --offset %1.</source>
        <translation>
            <numerusform>%n elemento coincide, ninguno después de --offset %1.</numerusform>
            <numerusform>%n elementos coinciden, ninguno después de --offset %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>Ningún elemento coincide.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VISUALIZACIONES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n elemento.</numerusform>
            <numerusform>%n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items %1-%2 of %3.</source>
        <translation>Elementos %1-%2 de %3.</translation>
    </message>
    <message>
        <source>Order: relevance (default), newest, views, likes, comments, engagement ((likes + comments + shares) / views) or gained (views gained in --period).</source>
        <translation>Orden: relevance (predeterminado), newest, views, likes, comments, engagement ((me gusta + comentarios + compartidos) / visualizaciones) o gained (visualizaciones ganadas en --period).</translation>
    </message>
    <message>
        <source>The period of --sort gained, ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation>El período de --sort gained, que termina hoy: 7d, 28d (predeterminado), 90d o 365d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>Only the items of this account: its platform id, handle or name (as `accounts` lists them).</source>
        <translation>Solo los elementos de esta cuenta: su id en la plataforma, su identificador o su nombre (como los lista `accounts`).</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; (use relevance, newest, views, likes, comments, engagement or gained)</source>
        <translation>orden desconocido «%1» (usa relevance, newest, views, likes, comments, engagement o gained)</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation>período desconocido «%1» (usa 7d, 28d, 90d o 365d)</translation>
    </message>
    <message>
        <source>Only the items posted on more than one platform (the groups of `groups`).</source>
        <translation>Solo los elementos publicados en más de una plataforma (los grupos de `groups`).</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Show views gained, top movers, best posting times and follower trend.</source>
        <translation>Mostrar las visualizaciones ganadas, los elementos que más suben, los mejores momentos para publicar y la evolución de seguidores.</translation>
    </message>
    <message>
        <source>stats [options]</source>
        <translation>stats [opciones]</translation>
    </message>
    <message>
        <source>Sums up the period from the history the syncs recorded in the local library: views gained, the items that gained most, the average views of an item by the weekday and hour (UTC) it was published, and each account&apos;s follower trend.</source>
        <translation>Resume el período a partir del historial que las sincronizaciones registraron en la biblioteca local: visualizaciones ganadas, los elementos que más ganaron, la media de visualizaciones de un elemento según el día de la semana y la hora (UTC) de publicación, y la evolución de seguidores de cada cuenta.</translation>
    </message>
    <message>
        <source>The period ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation>El período que termina hoy: 7d, 28d (predeterminado), 90d o 365d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok.</source>
        <translation>Solo esta plataforma: youtube, instagram o tiktok.</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation>stats no admite argumentos</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation>período desconocido «%1» (usa 7d, 28d, 90d o 365d)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation>plataforma desconocida «%1» (usa youtube, instagram o tiktok)</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 a %2, %3</translation>
    </message>
    <message>
        <source>all platforms</source>
        <translation>todas las plataformas</translation>
    </message>
    <message>
        <source>Views gained: %1</source>
        <translation>Visualizaciones ganadas: %1</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Los que más suben</translation>
    </message>
    <message>
        <source>No item gained views in this period.</source>
        <translation>Ningún elemento ganó visualizaciones en este período.</translation>
    </message>
    <message>
        <source>GAINED</source>
        <translation>GANADAS</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1:00 %2</source>
        <translation>%1:00 %2</translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation>Días: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horas: %1</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>No follower counts recorded yet.</source>
        <translation>Todavía no hay recuentos de seguidores registrados.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>AHORA</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message numerus="yes">
        <source>%n Instagram item(s) without views from insights by the period&apos;s end are not counted.</source>
        <translation>
            <numerusform>%n elemento de Instagram sin visualizaciones de las estadísticas al final del periodo no se cuenta.</numerusform>
            <numerusform>%n elementos de Instagram sin visualizaciones de las estadísticas al final del periodo no se cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (average views gained in the period by the items published in it, by publishing time in UTC)</source>
        <translation>Mejores días y horas para publicar (visualizaciones medias ganadas en el periodo por las publicaciones publicadas en él, por hora de publicación en UTC)</translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare (%1 of at least %2): choose a longer period.</source>
        <translation>En este periodo se publicaron demasiado pocas publicaciones con visualizaciones conocidas para comparar (%1 de al menos %2): elige un periodo más largo.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether you are signed in, as whom, and the state of the keyring.</source>
        <translation>Mostrar si has iniciado sesión, con qué cuenta y el estado del llavero.</translation>
    </message>
    <message>
        <source>status [options]</source>
        <translation>status [opciones]</translation>
    </message>
    <message>
        <source>Shows whether the profile is signed in, the account&apos;s e-mail address, until when the current access token is valid, and whether the system keyring holding the session can be used. An expired access token is renewed when the server can be reached. No token is ever printed.</source>
        <translation>Muestra si el perfil tiene la sesión iniciada, la dirección de correo electrónico de la cuenta, hasta cuándo es válido el token de acceso actual y si se puede usar el llavero del sistema que guarda la sesión. Un token de acceso caducado se renueva si el servidor está accesible. Nunca se imprime ningún token.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation>status no admite argumentos</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Access token valid until %1.</source>
        <translation>Token de acceso válido hasta %1.</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached to renew the session.</source>
        <translation>Sin conexión: no se pudo contactar con el servidor para renovar la sesión.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <source>Keyring: %1.</source>
        <translation>Llavero: %1.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
</context>
<context>
    <name>SyncCliServices</name>
    <message>
        <source>unknown platform &apos;%1&apos; (use %2)</source>
        <translation>plataforma desconocida «%1» (usa %2)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Fetch new items of the connected accounts into the library.</source>
        <translation>Traer a la biblioteca los elementos nuevos de las cuentas conectadas.</translation>
    </message>
    <message>
        <source>sync [options] [PLATFORM...]</source>
        <translation>sync [opciones] [PLATAFORMA...]</translation>
    </message>
    <message>
        <source>Syncs the connected accounts of the named platforms (all connected accounts when none is named): new items are added, known ones updated, and the statistics of recent items refreshed. Progress is printed to standard error, one line per page. The new items are counted against your plan (beyond the quota they are billed as overage). The exit status is 2 if any sync failed.</source>
        <translation>Sincroniza las cuentas conectadas de las plataformas indicadas (todas las cuentas conectadas si no se indica ninguna): se añaden los elementos nuevos, se actualizan los conocidos y se refrescan las estadísticas de los recientes. El progreso se imprime en la salida de error estándar, una línea por página. Los elementos nuevos se descuentan de tu plan (por encima de la cuota se facturan como excedente). El código de salida es 2 si alguna sincronización falló.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram o tiktok.</translation>
    </message>
    <message>
        <source>Print the summary as a JSON document.</source>
        <translation>Imprimir el resumen como un documento JSON.</translation>
    </message>
    <message>
        <source>no account is connected: run “%1 connect PLATFORM” first.</source>
        <translation>no hay ninguna cuenta conectada: ejecuta primero «%1 connect PLATAFORMA».</translation>
    </message>
    <message>
        <source>%1: page %2, %3 items (%4 new)</source>
        <translation>%1: página %2, %3 elementos (%4 nuevos)</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: cancelada.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
    <message>
        <source>error: %1 sync failed: %2</source>
        <translation>error: la sincronización de %1 falló: %2</translation>
    </message>
    <message>
        <source>Run “%1 connect %2” to reconnect the account.</source>
        <translation>Ejecuta «%1 connect %2» para volver a conectar la cuenta.</translation>
    </message>
    <message>
        <source>%1: %2; %3 in the library.</source>
        <translation>%1: %2; %3 en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>UsageCommand</name>
    <message>
        <source>Show the quota and usage of the current billing period.</source>
        <translation>Mostrar la cuota y el uso del periodo de facturación actual.</translation>
    </message>
    <message>
        <source>usage [options]</source>
        <translation>usage [opciones]</translation>
    </message>
    <message>
        <source>Shows your plan, the quota, the units used and remaining in this billing period, the reset date, the units over the quota and the estimated overage charge. Offline, the last figures received are shown with a warning giving their age.</source>
        <translation>Muestra tu plan, la cuota, las unidades usadas y restantes en este periodo de facturación, la fecha de renovación, las unidades por encima de la cuota y el cargo estimado por excedente. Sin conexión, se muestran las últimas cifras recibidas con un aviso que indica su antigüedad.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Imprimir un documento JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>usage takes no arguments</source>
        <translation>usage no admite argumentos</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Cuota:</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 unidad</numerusform>
            <numerusform>%1 unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Usado:</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 unidad (%2 %)</numerusform>
            <numerusform>%1 unidades (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Restante:</translation>
    </message>
    <message>
        <source>Resets on:</source>
        <translation>Se restablece el:</translation>
    </message>
    <message>
        <source>Overage units:</source>
        <translation>Unidades excedentes:</translation>
    </message>
    <message>
        <source>Estimated overage charge:</source>
        <translation>Cargo estimado por excedente:</translation>
    </message>
    <message>
        <source>unknown (plans unavailable)</source>
        <translation>desconocido (planes no disponibles)</translation>
    </message>
    <message>
        <source>none (no overage billing on this plan)</source>
        <translation>ninguno (este plan no factura excedentes)</translation>
    </message>
    <message>
        <source>Warning: the quota is used up; further usage is billed as overage.</source>
        <translation>Aviso: la cuota se ha agotado; el uso adicional se factura como excedente.</translation>
    </message>
    <message>
        <source>Warning: %1 % of the quota is used.</source>
        <translation>Aviso: se ha usado el %1 % de la cuota.</translation>
    </message>
</context>
</TS>
