<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <source>Unknown language “%1”; available: %2.</source>
        <translation>Idioma desconocido «%1»; disponibles: %2.</translation>
    </message>
    <message>
        <source>StreamVibe: search your YouTube, Instagram and TikTok content offline.</source>
        <translation>StreamVibe: busca tu contenido de YouTube, Instagram y TikTok sin conexión.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt; instead of the default one.</source>
        <translation>Usar el perfil de &lt;directorio&gt; en lugar del predeterminado.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) instead of the system language.</source>
        <translation>Mostrar la interfaz en &lt;idioma&gt; (%1) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the system and user files (also $STREAMVIBE_CONFIG).</source>
        <translation>Leer la configuración de &lt;archivo&gt; en lugar de los archivos del sistema y del usuario (también $STREAMVIBE_CONFIG).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Links passed by the desktop (ignored).</source>
        <translation>Enlaces pasados por el escritorio (se ignoran).</translation>
    </message>
</context>
<context>
    <name>sv::AboutDialog</name>
    <message>
        <source>About StreamVibe</source>
        <translation>Acerca de StreamVibe</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Search your YouTube, Instagram and TikTok content offline.</source>
        <translation>Busca tu contenido de YouTube, Instagram y TikTok sin conexión.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>StreamVibe's licence and the licences of the libraries it uses</source>
        <translation>La licencia de StreamVibe y las licencias de las bibliotecas que utiliza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>StreamVibe uses these libraries under their own licences.</source>
        <translation>StreamVibe utiliza estas bibliotecas bajo sus propias licencias.</translation>
    </message>
    <message>
        <source>Copyright %1</source>
        <translation>Copyright %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
</context>
<context>
    <name>sv::AccountButton</name>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (offline)</source>
        <translation>Sesión iniciada como %1 (sin conexión)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to see your plan and usage</source>
        <translation>Inicia sesión para ver tu plan y tu uso</translation>
    </message>
</context>
<context>
    <name>sv::BillingPage</name>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
</context>
<context>
    <name>sv::ConnectionsView</name>
    <message>
        <source>Connect your platforms</source>
        <translation>Conecta tus plataformas</translation>
    </message>
    <message>
        <source>Sign in to connect YouTube, Instagram and TikTok. Your connected accounts, their sync status and the last sync time will appear here.</source>
        <translation>Inicia sesión para conectar YouTube, Instagram y TikTok. Aquí aparecerán tus cuentas conectadas, su estado de sincronización y la hora de la última sincronización.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Sync all</source>
        <translation>Sincronizar todo</translation>
    </message>
    <message>
        <source>Fetch new items of every connected account</source>
        <translation>Obtener los elementos nuevos de todas las cuentas conectadas</translation>
    </message>
    <message>
        <source>No connected account to sync.</source>
        <translation>No hay ninguna cuenta conectada que sincronizar.</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Disconnect “%1”? StreamVibe's access is revoked where %2 supports it and the sign-in is deleted from the keychain. Keep the account's items in your library?</source>
        <translation>¿Desconectar «%1»? Se revoca el acceso de StreamVibe donde %2 lo permite y se borra el inicio de sesión del llavero. ¿Conservar los elementos de la cuenta en tu biblioteca?</translation>
    </message>
    <message>
        <source>Keep items</source>
        <translation>Conservar elementos</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Eliminar elementos</translation>
    </message>
    <message>
        <source>%1 account “%2” connected.</source>
        <translation>Cuenta de %1 «%2» conectada.</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>Cuenta de %1 desconectada.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the library.</source>
        <translation>
            <numerusform>%n elemento eliminado de la biblioteca.</numerusform>
            <numerusform>%n elementos eliminados de la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
</context>
<context>
    <name>sv::ContentDetailsPane</name>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Selecciona un elemento para ver sus detalles.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizaciones</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Open on platform</source>
        <translation>Abrir en la plataforma</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <source>This item has no web address.</source>
        <translation>Este elemento no tiene dirección web.</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tasa de interacción</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / views; shares where the platform gives them</source>
        <translation>(me gusta + comentarios + compartidos) / visualizaciones; compartidos donde la plataforma los da</translation>
    </message>
    <message>
        <source>Views over time</source>
        <translation>Visualizaciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>(%1 likes + %2 comments + %3 shares) / %4 views</source>
        <translation>(%1 me gusta + %2 comentarios + %3 compartidos) / %4 visualizaciones</translation>
    </message>
    <message>
        <source>No views yet: the rate needs at least one view.</source>
        <translation>Aún no hay visualizaciones: la tasa necesita al menos una.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>No history recorded yet: each sync records the item's counters.</source>
        <translation>Aún no hay historial: cada sincronización registra los contadores del elemento.</translation>
    </message>
    <message>
        <source>Reading the other posts of this clip…</source>
        <translation>Leyendo las otras publicaciones de este clip…</translation>
    </message>
    <message>
        <source>Cross-posted clip</source>
        <translation>Clip publicado en varias plataformas</translation>
    </message>
    <message>
        <source>Why these posts are one clip</source>
        <translation>Por qué estas publicaciones son un mismo clip</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm this group</source>
        <translation>Confirmar este grupo</translation>
    </message>
    <message>
        <source>Keep these posts together as one clip, whatever later syncs find.</source>
        <translation>Mantener estas publicaciones juntas como un solo clip, encuentren lo que encuentren las próximas sincronizaciones.</translation>
    </message>
    <message>
        <source>Split from group</source>
        <translation>Separar del grupo</translation>
    </message>
    <message>
        <source>Split this item from its group</source>
        <translation>Separar este elemento de su grupo</translation>
    </message>
    <message>
        <source>This post is another clip: never group it automatically again.</source>
        <translation>Esta publicación es otro clip: no volver a agruparla automáticamente.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Unir con…</translation>
    </message>
    <message>
        <source>Merge with another item</source>
        <translation>Unir con otro elemento</translation>
    </message>
    <message numerus="yes">
        <source>Choose a post on another platform, published within %n day(s), that is the same clip.</source>
        <translation>
            <numerusform>Elige una publicación de otra plataforma, publicada en un margen de %n día, que sea el mismo clip.</numerusform>
            <numerusform>Elige una publicación de otra plataforma, publicada en un margen de %n días, que sea el mismo clip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to merge with</source>
        <translation>Elementos con los que unir</translation>
    </message>
    <message>
        <source>Not grouped with posts on other platforms.</source>
        <translation>No agrupado con publicaciones de otras plataformas.</translation>
    </message>
    <message numerus="yes">
        <source>Posted on %n platform(s)</source>
        <translation>
            <numerusform>Publicado en %n plataforma</numerusform>
            <numerusform>Publicado en %n plataformas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A member of a cross-posted clip: %1 platform, %2 title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Este elemento</translation>
    </message>
    <message>
        <source>Show this post in the list</source>
        <translation>Mostrar esta publicación en la lista</translation>
    </message>
    <message>
        <source>%1 on %2 (this item)</source>
        <translation>%1 en %2 (este elemento)</translation>
    </message>
    <message>
        <source>Show %1 on %2</source>
        <translation>Mostrar %1 en %2</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Confirmed by you: kept as one clip across syncs.</source>
        <translation>Confirmado por ti: se mantiene como un solo clip entre sincronizaciones.</translation>
    </message>
    <message>
        <source>Grouped automatically (score %1).</source>
        <translation>Agrupado automáticamente (puntuación %1).</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <extracomment>Why two posts are one clip: %1 and %2 are platforms, %3 the rule's reason</extracomment>
        <translation>%1 y %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A merge candidate: %1 platform, %2 title, %3 publishing date</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>No posts on other platforms within %n day(s)</source>
        <translation>
            <numerusform>No hay publicaciones en otras plataformas en un margen de %n día</numerusform>
            <numerusform>No hay publicaciones en otras plataformas en un margen de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum of views</source>
        <translation>Suma de visualizaciones</translation>
    </message>
    <message>
        <source>Sum of likes</source>
        <translation>Suma de me gusta</translation>
    </message>
    <message>
        <source>Sum of comments</source>
        <translation>Suma de comentarios</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Detalles del elemento</translation>
    </message>
    <message>
        <source>(%1 likes + %2 comments) / %3 views; shares unavailable: %4</source>
        <extracomment>%4 is why the platform gives no share count</extracomment>
        <translation>(%1 me gusta + %2 comentarios) / %3 visualizaciones; compartidos no disponibles: %4</translation>
    </message>
    <message>
        <source>Instagram gives no duration for its media.</source>
        <translation>Instagram no da la duración de sus publicaciones.</translation>
    </message>
    <message>
        <source>The platform gave no duration for this item.</source>
        <translation>La plataforma no dio la duración de este elemento.</translation>
    </message>
    <message>
        <source>Sum of shares</source>
        <translation>Suma de compartidos</translation>
    </message>
</context>
<context>
    <name>sv::ContentListModel</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>Screen-reader text of one result: title, platform, date, views</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Also on %1</source>
        <extracomment>A result cross-posted on other platforms; %1 lists them ("TikTok, Instagram")</extracomment>
        <translation>También en %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Screen-reader text of a result whose details are still being read from the library</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 engagement</source>
        <extracomment>The engagement rate of a result sorted by it; %1 is the percentage ("4.2%")</extracomment>
        <translation>%1 de interacción</translation>
    </message>
    <message>
        <source>— engagement</source>
        <extracomment>A result sorted by engagement whose rate is not known (no views)</extracomment>
        <translation>— de interacción</translation>
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <extracomment>The views a result gained in the sort's period; %1 is a signed count ("+1,234")</extracomment>
        <translation>
            <numerusform>%1 visualización ganada</numerusform>
            <numerusform>%1 visualizaciones ganadas</numerusform>
        </translation>
    </message>
    <message>
        <source>— views gained</source>
        <extracomment>A result sorted by views gained whose views are not known</extracomment>
        <translation>— visualizaciones ganadas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One platform's figure in a row standing for a clip's posts on several platforms ("TikTok 6,000")</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in all: %2</source>
        <extracomment>A row standing for a clip's posts on several platforms: %1 is their sum ("15,000 views"), %2 each platform's figure ("YouTube 9,000 · TikTok 6,000 · Instagram —")</extracomment>
        <translation>%1 en total: %2</translation>
    </message>
</context>
<context>
    <name>sv::ContentView</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Tu biblioteca está vacía</translation>
    </message>
    <message>
        <source>Connect a platform or import a backup. Everything you have published on YouTube, Instagram and TikTok then becomes searchable here, even offline.</source>
        <translation>Conecta una plataforma o importa una copia de seguridad. Todo lo que hayas publicado en YouTube, Instagram y TikTok se podrá buscar aquí, incluso sin conexión.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Search titles and descriptions (Ctrl+K)</source>
        <translation>Buscar en títulos y descripciones (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Intervalo personalizado…</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Publicado desde</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publicado hasta</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Más relevantes</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Most viewed</source>
        <translation>Más vistos</translation>
    </message>
    <message>
        <source>The library could not be opened</source>
        <translation>No se pudo abrir la biblioteca</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Archivo: %2</translation>
    </message>
    <message>
        <source>No items match the filters</source>
        <translation>Ningún elemento coincide con los filtros</translation>
    </message>
    <message>
        <source>Try another platform, kind or date range.</source>
        <translation>Prueba con otra plataforma, otro tipo u otro intervalo de fechas.</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>No hay resultados para «%1»</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words or clear the filters.</source>
        <translation>Revisa la ortografía, usa menos palabras o borra los filtros.</translation>
    </message>
    <message>
        <source>Check the spelling or try fewer words.</source>
        <translation>Revisa la ortografía o usa menos palabras.</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>La búsqueda ha fallado</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Más me gusta</translation>
    </message>
    <message>
        <source>Most commented</source>
        <translation>Más comentados</translation>
    </message>
    <message>
        <source>Highest engagement</source>
        <translation>Mayor interacción</translation>
    </message>
    <message>
        <source>Most views gained</source>
        <translation>Más visualizaciones ganadas</translation>
    </message>
    <message>
        <source>Views gained in</source>
        <translation>Visualizaciones ganadas en</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>último %n día</numerusform>
            <numerusform>últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Cross-posted only</source>
        <translation>Solo publicaciones cruzadas</translation>
    </message>
    <message>
        <source>Show only the clips you posted on more than one platform (seen as one group).</source>
        <translation>Mostrar solo los clips que publicaste en más de una plataforma (vistos como un grupo).</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Conectar cuentas</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open the library again</source>
        <translation>Abrir de nuevo la biblioteca</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Abrir la carpeta del perfil</translation>
    </message>
    <message>
        <source>Only the items published then, in UTC as the Overview's best posting times count them. Click to show every publishing time again.</source>
        <translation>Solo los elementos publicados en ese momento, en UTC, como los cuentan los mejores momentos para publicar del Resumen. Haga clic para volver a mostrar todas las horas de publicación.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Posted: %1 (UTC)</source>
        <translation>Publicado: %1 (UTC)</translation>
    </message>
    <message>
        <source>Clear the posting time filter: %1</source>
        <translation>Quitar el filtro de hora de publicación: %1</translation>
    </message>
</context>
<context>
    <name>sv::DesktopIntegration</name>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Sincronizando %1: %2</translation>
    </message>
    <message>
        <source>Sync &amp; notifications</source>
        <translation>Sincronización y notificaciones</translation>
    </message>
</context>
<context>
    <name>sv::DesktopNotifications</name>
    <message>
        <source>Reconnect %1</source>
        <translation>Vuelve a conectar %1</translation>
    </message>
    <message>
        <source>StreamVibe can no longer read your %1 account. Reconnect it to keep it in sync.</source>
        <translation>StreamVibe ya no puede leer tu cuenta de %1. Vuelve a conectarla para mantenerla sincronizada.</translation>
    </message>
    <message>
        <source>%1 sync failed</source>
        <translation>Error al sincronizar %1</translation>
    </message>
    <message>
        <source>%1 sync finished</source>
        <translation>Sincronización de %1 terminada</translation>
    </message>
    <message>
        <source>Your quota is used up</source>
        <translation>Has agotado tu cuota</translation>
    </message>
    <message>
        <source>Your quota is almost used up</source>
        <translation>Tu cuota está casi agotada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>sv::Format</name>
    <message numerus="yes">
        <source>%1 view(s)</source>
        <translation>
            <numerusform>%1 visualización</numerusform>
            <numerusform>%1 visualizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 like(s)</source>
        <translation>
            <numerusform>%1 me gusta</numerusform>
            <numerusform>%1 me gusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 comment(s)</source>
        <translation>
            <numerusform>%1 comentario</numerusform>
            <numerusform>%1 comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 result(s)</source>
        <translation>
            <numerusform>%1 resultado</numerusform>
            <numerusform>%1 resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 item(s) in the library</source>
        <translation>
            <numerusform>%1 elemento en la biblioteca</numerusform>
            <numerusform>%1 elementos en la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time, e.g. "Tuesday, 3 March 2026 at 14:05"</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrusel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>YouTube gives no share count for videos.</source>
        <translation>YouTube no da el número de compartidos de los vídeos.</translation>
    </message>
    <message>
        <source>Instagram gives no share count for media in its basic fields.</source>
        <translation>Instagram no da el número de compartidos en los campos básicos de sus publicaciones.</translation>
    </message>
    <message>
        <source>Not recorded yet: the next sync records it.</source>
        <translation>Aún no registrado: la próxima sincronización lo registra.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number ("4.2%", "4,2 %")</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>— views</source>
        <extracomment>An item whose platform gives no view count (Instagram media)</extracomment>
        <translation>— visualizaciones</translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this one yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram solo da las visualizaciones de su contenido a través de sus estadísticas, y todavía no se leyó ninguna para este: cada sincronización lee las de algunas publicaciones, primero las que nunca se leyeron, si la cuenta permitió las estadísticas al conectarla.</translation>
    </message>
</context>
<context>
    <name>sv::GuidedStart</name>
    <message>
        <source>Welcome to StreamVibe</source>
        <translation>Te damos la bienvenida a StreamVibe</translation>
    </message>
    <message>
        <source>Guided start</source>
        <translation>Inicio guiado</translation>
    </message>
    <message>
        <source>Connect your platforms</source>
        <translation>Conecta tus plataformas</translation>
    </message>
    <message>
        <source>Each Connect opens the platform's sign-in page in your browser. Once an account is connected, its first sync starts at once: your videos and posts arrive in the library and stay searchable, even offline.</source>
        <translation>Cada «Conectar» abre la página de inicio de sesión de la plataforma en tu navegador. En cuanto una cuenta queda conectada, empieza su primera sincronización: tus vídeos y publicaciones llegan a la biblioteca y se pueden buscar, incluso sin conexión.</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the guided start</source>
        <translation>Omitir el inicio guiado</translation>
    </message>
    <message>
        <source>Connect platforms later on the Connections page</source>
        <translation>Conecta las plataformas más tarde en la página Conexiones</translation>
    </message>
    <message>
        <source>Go to the Overview</source>
        <translation>Ir al resumen</translation>
    </message>
    <message>
        <source>Finish the guided start and show the Overview</source>
        <translation>Terminar el inicio guiado y mostrar el resumen</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Termina de iniciar sesión en tu navegador…</translation>
    </message>
    <message>
        <source>Connected as %1 — syncing…</source>
        <translation>Conectado como %1 — sincronizando…</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
</context>
<context>
    <name>sv::KeyboardShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>sv::LibraryTransfer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>La biblioteca no está abierta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Another import or export is running.</source>
        <translation>Ya hay otra importación o exportación en curso.</translation>
    </message>
</context>
<context>
    <name>sv::MainMenu</name>
    <message>
        <source>The documentation could not be opened: %1</source>
        <translation>No se pudo abrir la documentación: %1</translation>
    </message>
    <message>
        <source>Exporting the library… %1 written</source>
        <translation>Exportando la biblioteca… %1 escritos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the items of a JSON or CSV file to the library</source>
        <translation>Añadir a la biblioteca los elementos de un archivo JSON o CSV</translation>
    </message>
    <message>
        <source>&amp;Export Library…</source>
        <translation>&amp;Exportar biblioteca…</translation>
    </message>
    <message>
        <source>Write every item of the library to a JSON or CSV file</source>
        <translation>Escribir todos los elementos de la biblioteca en un archivo JSON o CSV</translation>
    </message>
    <message>
        <source>Export Search &amp;Results…</source>
        <translation>Exportar &amp;resultados de búsqueda…</translation>
    </message>
    <message>
        <source>Write the items the Content page finds now to a JSON or CSV file</source>
        <translation>Escribir en un archivo JSON o CSV los elementos que encuentra ahora la página Contenido</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Conexiones</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>C&amp;ontenido</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Uso</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Planes</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Manage Plan…</source>
        <translation>&amp;Gestionar plan…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>&amp;About StreamVibe</source>
        <translation>&amp;Acerca de StreamVibe</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Library files (*.json *.csv)</source>
        <translation>Archivos de biblioteca (*.json *.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>StreamVibe</source>
        <translation>StreamVibe</translation>
    </message>
    <message>
        <source>Import Into the Library</source>
        <translation>Importar a la biblioteca</translation>
    </message>
    <message>
        <source>%1 is neither a JSON nor a CSV file (.json, .csv).</source>
        <translation>%1 no es un archivo JSON ni CSV (.json, .csv).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n elemento de %1.</numerusform>
            <numerusform>Se importaron %n elementos de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>No se importó nada de %1: %2</translation>
    </message>
    <message>
        <source>Export Search Results</source>
        <translation>Exportar resultados de búsqueda</translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation>Exportar biblioteca</translation>
    </message>
    <message>
        <source>Exporting the search results…</source>
        <translation>Exportando los resultados de búsqueda…</translation>
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation>Exportando la biblioteca…</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>La exportación a %1 falló: %2</translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>Biblioteca exportada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n elemento a %1.</numerusform>
            <numerusform>Se exportaron %n elementos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
</context>
<context>
    <name>sv::MainWindow</name>
    <message>
        <source>StreamVibe</source>
        <translation>StreamVibe</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>Biblioteca no disponible</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>No se pudo abrir el perfil</translation>
    </message>
    <message>
        <source>Backend not configured</source>
        <translation>Backend no configurado</translation>
    </message>
    <message>
        <source>Sign-in, plans and sync are unavailable; the local library works offline.</source>
        <translation>El inicio de sesión, los planes y la sincronización no están disponibles; la biblioteca local funciona sin conexión.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Entorno de pruebas (%1)</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Connected to the local stack (%1) — test data, no real accounts or payments</source>
        <translation>Conectado al entorno local (%1): datos de prueba, sin cuentas ni pagos reales</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No account to sync: connect one first.</source>
        <translation>No hay ninguna cuenta que sincronizar: conecte una primero.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>Volver a leer el archivo de configuración</translation>
    </message>
    <message>
        <source>The configuration file %1 has a mistake on line %2, so StreamVibe works offline: %3. Correct the file, then choose Retry.</source>
        <translation>El archivo de configuración %1 tiene un error en la línea %2, así que StreamVibe funciona sin conexión: %3. Corrige el archivo y luego elige Reintentar.</translation>
    </message>
    <message>
        <source>The configuration could not be loaded, so StreamVibe works offline: %1. Correct the file, then choose Retry.</source>
        <translation>No se pudo cargar la configuración, así que StreamVibe funciona sin conexión: %1. Corrige el archivo y luego elige Reintentar.</translation>
    </message>
    <message>
        <source>Open the profile's library again</source>
        <translation>Volver a abrir la biblioteca del perfil</translation>
    </message>
    <message>
        <source>Your profile folder %1 is read-only: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Make the folder writable, then choose Retry.</source>
        <translation>Su carpeta de perfil %1 es de solo lectura: StreamVibe puede mostrar y buscar en su biblioteca, pero no puede guardar nada, así que se rechazan las sincronizaciones, las importaciones y las ediciones. Haga que la carpeta admita escritura y luego elija Reintentar.</translation>
    </message>
    <message>
        <source>The disk of your profile folder %1 is full: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Free some space, then choose Retry.</source>
        <translation>El disco de su carpeta de perfil %1 está lleno: StreamVibe puede mostrar y buscar en su biblioteca, pero no puede guardar nada, así que se rechazan las sincronizaciones, las importaciones y las ediciones. Libere espacio y luego elija Reintentar.</translation>
    </message>
    <message>
        <source>Your profile folder cannot be used: %1. Connect the drive it is on, or make the folder (or choose another one with --profile), then start StreamVibe again.</source>
        <translation>No se puede usar su carpeta de perfil: %1. Conecte la unidad en la que está o cree la carpeta (o elija otra con --profile) y vuelva a iniciar StreamVibe.</translation>
    </message>
    <message>
        <source>Your profile folder %1 cannot be found or read: %2. Connect the drive it is on (or make the folder readable), then choose Retry.</source>
        <translation>No se puede encontrar ni leer su carpeta de perfil %1: %2. Conecte la unidad en la que está (o haga que la carpeta se pueda leer) y luego elija Reintentar.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation>Intentar conectar con los servidores ahora</translation>
    </message>
    <message>
        <source>The local stack (%1) cannot be reached, so StreamVibe works offline: your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation>No se puede conectar con el stack local (%1), así que StreamVibe funciona sin conexión: su biblioteca sigue disponible para buscar y las sincronizaciones esperan. Este aviso desaparece solo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>StreamVibe cannot reach its servers or the platforms: you seem to be offline. Your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation>StreamVibe no puede conectar con sus servidores ni con las plataformas: parece que no tiene conexión. Su biblioteca sigue disponible para buscar y las sincronizaciones esperan. Este aviso desaparece solo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Your profile folder %1 no longer lets you in (%2): StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Give yourself access to the folder again, then choose Retry.</source>
        <translation>Su carpeta de perfil %1 ya no le da acceso (%2): StreamVibe puede mostrar y buscar en su biblioteca, pero no puede guardar nada, así que se rechazan las sincronizaciones, las importaciones y las ediciones. Vuelva a darse acceso a la carpeta y luego elija Reintentar.</translation>
    </message>
</context>
<context>
    <name>sv::OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>Visualizaciones ganadas</translation>
    </message>
    <message>
        <source>Views gained by day</source>
        <translation>Visualizaciones ganadas por día</translation>
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <translation>
            <numerusform>%1 visualización ganada</numerusform>
            <numerusform>%1 visualizaciones ganadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Mayores subidas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Click an item to see it on the Content page</source>
        <translation>Haga clic en un elemento para verlo en la página Contenido</translation>
    </message>
    <message>
        <source>Average views by publishing day</source>
        <translation>Visualizaciones medias por día de publicación</translation>
    </message>
    <message>
        <source>Average views by publishing hour (UTC)</source>
        <translation>Visualizaciones medias por hora de publicación (UTC)</translation>
    </message>
    <message>
        <source>%1 average views</source>
        <translation>%1 visualizaciones de media</translation>
    </message>
    <message>
        <source>Followers by day</source>
        <translation>Seguidores por día</translation>
    </message>
    <message numerus="yes">
        <source>%1 follower(s)</source>
        <translation>
            <numerusform>%1 seguidor</numerusform>
            <numerusform>%1 seguidores</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (UTC)</source>
        <translation>Mejores días y horas para publicar (UTC)</translation>
    </message>
    <message>
        <source>Follower trend</source>
        <translation>Evolución de seguidores</translation>
    </message>
    <message>
        <source>Your overview fills as you sync</source>
        <translation>Su resumen se llena al sincronizar</translation>
    </message>
    <message>
        <source>Connect your YouTube, Instagram and TikTok accounts and sync them: each sync records your items' views, likes and comments and your followers, and this page shows how they grow.</source>
        <translation>Conecte sus cuentas de YouTube, Instagram y TikTok y sincronícelas: cada sincronización registra las visualizaciones, los me gusta y los comentarios de sus elementos y sus seguidores, y esta página muestra cómo crecen.</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Conectar cuentas</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Show all platforms</source>
        <translation>Mostrar todas las plataformas</translation>
    </message>
    <message>
        <source>The overview could not be read</source>
        <translation>No se pudo leer el resumen</translation>
    </message>
    <message numerus="yes">
        <source>views gained from %1 to %2 by %n item(s)</source>
        <translation>
            <numerusform>visualizaciones ganadas del %1 al %2 por %n elemento</numerusform>
            <numerusform>visualizaciones ganadas del %1 al %2 por %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>No views gained recorded in this period. Each sync records your items' views: sync to fill this.</source>
        <translation>No hay visualizaciones ganadas registradas en este periodo. Cada sincronización registra las visualizaciones de sus elementos: sincronice para llenar esto.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>No item gained views in this period. The items that gain the most appear here after the syncs that record them.</source>
        <translation>Ningún elemento ganó visualizaciones en este periodo. Los elementos que más ganan aparecen aquí tras las sincronizaciones que lo registran.</translation>
    </message>
    <message>
        <source>%1:00–%1:59 UTC</source>
        <translation>%1:00–%1:59 UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No follower counts recorded yet. Each sync records the follower count of the connected accounts that give one.</source>
        <translation>Aún no hay recuentos de seguidores. Cada sincronización registra el número de seguidores de las cuentas conectadas que lo dan.</translation>
    </message>
    <message>
        <source>Instagram gives views only through its insights, and none were recorded in this period: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Instagram solo da visualizaciones a través de sus estadísticas (insights), y no se registró ninguna en este periodo: cada sincronización lee las de algunas publicaciones, primero las que nunca se leyeron, si la cuenta permitió las estadísticas al conectarla.</translation>
    </message>
    <message>
        <source>Best posting times compare the items whose views are known, and no Instagram item's are yet: Instagram gives views only through its insights, which each sync reads for some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Los mejores momentos para publicar comparan las publicaciones cuyas visualizaciones se conocen, y todavía no se conocen las de ninguna publicación de Instagram: Instagram solo da visualizaciones a través de sus estadísticas (insights), que cada sincronización lee para algunas publicaciones, primero las que nunca se leyeron, cuando la cuenta permitió las estadísticas al conectarla.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The items published in the period, by the day and hour they were published: the average views each gained in the period. An item whose views are not known (Instagram's, until a sync reads their insights) is not counted, and a time with none is shown as “—”.</source>
        <translation>Las publicaciones publicadas en el periodo, por el día y la hora en que se publicaron: las visualizaciones medias que ganó cada una en el periodo. Una publicación cuyas visualizaciones no se conocen (las de Instagram, hasta que una sincronización lee sus estadísticas) no se cuenta, y un momento sin ninguna se muestra como «—».</translation>
    </message>
    <message>
        <source>Nothing was published then in this period.</source>
        <translation>No se publicó nada en ese momento en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>The views of the %n item(s) published then are not known (Instagram's: until a sync reads their insights).</source>
        <translation>
            <numerusform>No se conocen las visualizaciones de la %n publicación publicada en ese momento (las de Instagram: hasta que una sincronización lee sus estadísticas).</numerusform>
            <numerusform>No se conocen las visualizaciones de las %n publicaciones publicadas en ese momento (las de Instagram: hasta que una sincronización lee sus estadísticas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). A longer period has more.</source>
        <translation>En este periodo se publicaron demasiado pocas publicaciones con visualizaciones conocidas para comparar los horarios de publicación (%1 de al menos %2). Un periodo más largo tiene más.</translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). Sync your accounts: the views of the items you publish are compared here.</source>
        <translation>En este periodo se publicaron demasiado pocas publicaciones con visualizaciones conocidas para comparar los horarios de publicación (%1 de al menos %2). Sincroniza tus cuentas: aquí se comparan las visualizaciones de lo que publicas.</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Mostrar el último %n día</numerusform>
            <numerusform>Mostrar los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the items by the views they gained that day.</source>
        <translation>Haga clic para listar los elementos según las visualizaciones que ganaron ese día.</translation>
    </message>
    <message>
        <source>Click to list the items published then in this period.</source>
        <translation>Haga clic para listar los elementos publicados en ese momento dentro de este periodo.</translation>
    </message>
    <message>
        <source>Click to list this account's items.</source>
        <translation>Haga clic para listar los elementos de esta cuenta.</translation>
    </message>
    <message>
        <source>Not final</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>YouTube Analytics has reported views up to %1: it reports each day one to three days later, so the views of the days after it are not final.</source>
        <translation>YouTube Analytics ha informado de las visualizaciones hasta el %1: informa de cada día entre uno y tres días después, así que las visualizaciones de los días posteriores son provisionales.</translation>
    </message>
</context>
<context>
    <name>sv::PlanCard</name>
    <message>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1 / year</source>
        <translation>%1 / año</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / mes</translation>
    </message>
    <message>
        <source>%1 API units per month</source>
        <translation>%1 unidades de API al mes</translation>
    </message>
    <message>
        <source>No overage billing</source>
        <translation>Sin facturación de excedentes</translation>
    </message>
    <message>
        <source>Overage: %1 per %2 extra units</source>
        <translation>Excedente: %1 por cada %2 unidades adicionales</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mejorar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Switch to this plan by cancelling your subscription under Manage billing.</source>
        <translation>Para cambiar a este plan, cancela tu suscripción en «Gestionar facturación».</translation>
    </message>
</context>
<context>
    <name>sv::PlansView</name>
    <message>
        <source>Plans and billing</source>
        <translation>Planes y facturación</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Waiting for the payment in your browser… If the browser did not open, copy this link into it:</source>
        <translation>Esperando el pago en tu navegador… Si el navegador no se abrió, copia en él este enlace:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation>Gestionar facturación…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Waiting for the payment in your browser… If it did not open, copy this link into it:</source>
        <translation>Esperando el pago en tu navegador… Si no se abrió, copia en él este enlace:</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this link into your browser to pay:</source>
        <translation>No se pudo abrir ningún navegador. Copia este enlace en tu navegador para pagar:</translation>
    </message>
    <message>
        <source>The invoices could not be loaded: %1</source>
        <translation>No se pudieron cargar las facturas: %1</translation>
    </message>
    <message>
        <source>Invoices are not available offline: they are always fetched from Stripe and never stored on this computer.</source>
        <translation>Las facturas no están disponibles sin conexión: siempre se obtienen de Stripe y nunca se guardan en este ordenador.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Incobrable</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Abrir la factura en tu navegador</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Prices and your plan are shown as last received.</source>
        <translation>Los precios y tu plan se muestran tal como se recibieron por última vez.</translation>
    </message>
    <message>
        <source>Offline: buying or changing a plan and managing billing need a connection.</source>
        <translation>Sin conexión: para comprar o cambiar un plan y gestionar la facturación se necesita conexión.</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>No se pudieron cargar los planes: %1</translation>
    </message>
    <message>
        <source>A checkout is in progress.</source>
        <translation>Hay un pago en curso.</translation>
    </message>
    <message>
        <source>Payment confirmed: you are now on the %1 plan (%2 API units per month).</source>
        <translation>Pago confirmado: ahora tienes el plan %1 (%2 unidades de API al mes).</translation>
    </message>
    <message>
        <source>The billing portal could not be opened: %1</source>
        <translation>No se pudo abrir el portal de facturación: %1</translation>
    </message>
    <message>
        <source>Sign in to see plans and billing. Compare plans, upgrade and download your invoices here.</source>
        <translation>Inicia sesión para ver los planes y la facturación. Aquí puedes comparar planes, mejorar el tuyo y descargar tus facturas.</translation>
    </message>
    <message>
        <source>Your %1 plan ends on %2 and will not renew.</source>
        <translation>Tu plan %1 termina el %2 y no se renovará.</translation>
    </message>
    <message>
        <source>A plan's units are the new items you can sync each month: 1,000 units bring 1,000 new videos, posts or clips into your library. Keeping the items you have up to date is free.</source>
        <translation>Las unidades de un plan son los elementos nuevos que puedes sincronizar cada mes: 1000 unidades traen 1000 vídeos, publicaciones o clips nuevos a tu biblioteca. Mantener al día los elementos que ya tienes es gratis.</translation>
    </message>
</context>
<context>
    <name>sv::PlatformCard</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>Conexión con %1</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, use &lt;a href="%1"&gt;this link&lt;/a&gt;.</source>
        <translation>Inicia sesión en tu navegador. Si no se abrió, usa &lt;a href="%1"&gt;este enlace&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Connect your %1 account to search its content offline.</source>
        <translation>Conecta tu cuenta de %1 para buscar su contenido sin conexión.</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Dejar de esperar el inicio de sesión</translation>
    </message>
    <message>
        <source>Stop the sync after the page being fetched</source>
        <translation>Detener la sincronización después de la página que se está obteniendo</translation>
    </message>
</context>
<context>
    <name>sv::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Menus and dialogs use the new language now; every page does once StreamVibe restarts.</source>
        <translation>Los menús y los diálogos usan ya el nuevo idioma; todas las páginas, cuando StreamVibe se reinicie.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>Restart StreamVibe</source>
        <translation>Reiniciar StreamVibe</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Carpeta del perfil:</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Carpeta del perfil</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Abrir la carpeta del perfil</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Carpeta de la caché:</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Carpeta de la caché</translation>
    </message>
    <message>
        <source>Open F&amp;older</source>
        <translation>Abrir ca&amp;rpeta</translation>
    </message>
    <message>
        <source>Open the cache folder</source>
        <translation>Abrir la carpeta de la caché</translation>
    </message>
    <message>
        <source>Thumbnail cache &amp;size:</source>
        <translation>&amp;Tamaño de la caché de miniaturas:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Thumbnail cache size in megabytes</source>
        <translation>Tamaño de la caché de miniaturas en megabytes</translation>
    </message>
    <message>
        <source>Pictures beyond this size are removed, the least recently shown first.</source>
        <translation>Las imágenes que superan este tamaño se eliminan, primero las que hace más tiempo que no se muestran.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <source>Thumbnail cache in use</source>
        <translation>Caché de miniaturas en uso</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Clear the thumbnail cache</source>
        <translation>Vaciar la caché de miniaturas</translation>
    </message>
    <message>
        <source>No pictures are downloaded while no StreamVibe service is configured.</source>
        <translation>No se descarga ninguna imagen mientras no haya un servicio de StreamVibe configurado.</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Cerrar la configuración</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>sv::SignInView</name>
    <message>
        <source>Sign in to StreamVibe</source>
        <translation>Iniciar sesión en StreamVibe</translation>
    </message>
    <message>
        <source>Your account holds your plan and usage. Your content library stays on this computer and works without signing in.</source>
        <translation>Tu cuenta guarda tu plan y tu uso. Tu biblioteca de contenido se queda en este ordenador y funciona sin iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this link into a browser on this computer to sign in:</source>
        <translation>No se pudo abrir tu navegador. Copia este enlace en un navegador de este ordenador para iniciar sesión:</translation>
    </message>
    <message>
        <source>or with your e-mail address</source>
        <translation>o con tu dirección de correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Continue without signing in</source>
        <translation>Continuar sin iniciar sesión</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Esperando al navegador…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Introduce tu dirección de correo electrónico y tu contraseña.</translation>
    </message>
    <message>
        <source>The link was copied. Paste it into your browser's address bar.</source>
        <translation>Se copió el enlace. Pégalo en la barra de direcciones de tu navegador.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If it did not open, copy this link into a browser on this computer:</source>
        <translation>Termina de iniciar sesión en tu navegador. Si no se abrió, copia este enlace en un navegador de este ordenador:</translation>
    </message>
    <message>
        <source>Your account was created. Open the link in the confirmation e-mail sent to %1, then sign in.</source>
        <translation>Se creó tu cuenta. Abre el enlace del correo de confirmación enviado a %1 y después inicia sesión.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>¿Olvidaste tu contraseña?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Olvidé mi contraseña</translation>
    </message>
    <message>
        <source>Sends an e-mail with a link to choose a new password to the address entered</source>
        <translation>Envía a la dirección indicada un correo con un enlace para elegir una contraseña nueva</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Continuar con %1</translation>
    </message>
    <message>
        <source>Signs in with your %1 account in your web browser</source>
        <translation>Inicia sesión con tu cuenta de %1 en tu navegador web</translation>
    </message>
    <message>
        <source>Enter your e-mail address, then choose “Forgot password?” again.</source>
        <translation>Escribe tu dirección de correo y vuelve a elegir «¿Olvidaste tu contraseña?».</translation>
    </message>
    <message>
        <source>If an account uses %1, an e-mail with a link to choose a new password is on its way. Open the link, choose the new password, then sign in here with it.</source>
        <translation>Si alguna cuenta usa %1, te hemos enviado un correo con un enlace para elegir una contraseña nueva. Abre el enlace, elige la contraseña nueva y luego inicia sesión aquí con ella.</translation>
    </message>
</context>
<context>
    <name>sv::SignedOutActions</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in is possible once the configuration file is corrected (the banner above says where).</source>
        <translation>Podrá iniciar sesión cuando se corrija el archivo de configuración (el aviso de arriba indica dónde).</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>Volver a leer el archivo de configuración</translation>
    </message>
    <message>
        <source>No StreamVibe service is configured, so signing in is not possible; your library works offline. To sign in, name the service in the [backend] section of %1, then choose Retry.</source>
        <translation>No hay ningún servicio de StreamVibe configurado, así que no es posible iniciar sesión; su biblioteca funciona sin conexión. Para iniciar sesión, indique el servicio en la sección [backend] de %1 y luego elija Reintentar.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Open the documentation</source>
        <translation>Abrir la documentación</translation>
    </message>
    <message>
        <source>Signing in needs a profile folder StreamVibe can use (the banner above says what is wrong).</source>
        <translation>Para iniciar sesión, StreamVibe necesita una carpeta de perfil que pueda usar (el aviso de arriba indica qué falla).</translation>
    </message>
    <message>
        <source>StreamVibe cannot reach its servers, so signing in has to wait. Sign in comes back here by itself once they answer.</source>
        <translation>StreamVibe no puede conectar con sus servidores, así que el inicio de sesión tendrá que esperar. «Iniciar sesión» volverá a aparecer aquí por sí solo en cuanto respondan.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation>Intentar conectar con los servidores ahora</translation>
    </message>
</context>
<context>
    <name>sv::SyncSettingsPage</name>
    <message>
        <source>Sync &amp; notifications</source>
        <translation>Sincronización y notificaciones</translation>
    </message>
    <message>
        <source>Background sync</source>
        <translation>Sincronización en segundo plano</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Cada 6 horas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Sync schedule</source>
        <translation>Programación de la sincronización</translation>
    </message>
    <message>
        <source>&amp;Sync my accounts:</source>
        <translation>&amp;Sincronizar mis cuentas:</translation>
    </message>
    <message>
        <source>Only while you are signed in and online; paused on a metered connection.</source>
        <translation>Solo con la sesión iniciada y conexión a internet; en pausa con una conexión de uso medido.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>A long sync fi&amp;nished</source>
        <translation>Una sincronización larga ha &amp;terminado</translation>
    </message>
    <message>
        <source>A sync &amp;failed</source>
        <translation>Una sincronización ha &amp;fallado</translation>
    </message>
    <message>
        <source>An account needs &amp;reconnecting</source>
        <translation>Una cuenta necesita &amp;reconectarse</translation>
    </message>
    <message>
        <source>The &amp;quota is at 80 % or used up</source>
        <translation>La &amp;cuota está al 80 % o agotada</translation>
    </message>
</context>
<context>
    <name>sv::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Open StreamVibe</source>
        <translation>Abrir StreamVibe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>StreamVibe: %1</source>
        <translation>StreamVibe: %1</translation>
    </message>
    <message>
        <source>Keep syncing in the background?</source>
        <translation>¿Seguir sincronizando en segundo plano?</translation>
    </message>
    <message>
        <source>StreamVibe can keep syncing your accounts from the tray while its window is closed. Keep it running?

You can quit at any time from the tray icon's menu.</source>
        <translation>StreamVibe puede seguir sincronizando tus cuentas desde la bandeja del sistema con la ventana cerrada. ¿Mantenerlo en ejecución?

Puedes salir en cualquier momento desde el menú del icono de la bandeja.</translation>
    </message>
</context>
<context>
    <name>sv::UsageView</name>
    <message>
        <source>Usage and quota</source>
        <translation>Uso y cuota</translation>
    </message>
    <message>
        <source>Sign in to see your usage and quota. Synced items, API calls and the quota left in this billing period will appear here.</source>
        <translation>Inicia sesión para ver tu uso y tu cuota. Aquí aparecerán los elementos sincronizados, las llamadas a la API y la cuota que te queda en este periodo de facturación.</translation>
    </message>
    <message>
        <source>Usage in this billing period</source>
        <translation>Uso en este periodo de facturación</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Cambiar de plan…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Cuota:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Usado:</translation>
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
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Current billing period</source>
        <translation>Periodo de facturación actual</translation>
    </message>
    <message>
        <source>API units per day by platform</source>
        <translation>Unidades de API por día y plataforma</translation>
    </message>
    <message>
        <source>The usage could not be loaded: %1</source>
        <translation>No se pudo cargar el uso: %1</translation>
    </message>
    <message>
        <source>The usage history could not be loaded: %1</source>
        <translation>No se pudo cargar el historial de uso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 unidad</numerusform>
            <numerusform>%1 unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 unidad (%2 %)</numerusform>
            <numerusform>%1 unidades (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
        <source>%1 % of the quota used</source>
        <translation>%1 % de la cuota usado</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 unit(s)</source>
        <translation>
            <numerusform>%1: %2 unidad</numerusform>
            <numerusform>%1: %2 unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 unit(s)</source>
        <translation>
            <numerusform>Total: %1 unidad</numerusform>
            <numerusform>Total: %1 unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the last figures received; they may be out of date.</source>
        <translation>Son las últimas cifras recibidas; puede que no estén actualizadas.</translation>
    </message>
    <message>
        <source>Offline: changing the plan needs a connection to StreamVibe.</source>
        <translation>Sin conexión: para cambiar de plan se necesita conexión con StreamVibe.</translation>
    </message>
    <message numerus="yes">
        <source>You have used your whole quota for this period. Further usage is billed as overage (%1 unit(s) so far).</source>
        <translation>
            <numerusform>Has usado toda tu cuota de este periodo. El uso adicional se factura como excedente (%1 unidad hasta ahora).</numerusform>
            <numerusform>Has usado toda tu cuota de este periodo. El uso adicional se factura como excedente (%1 unidades hasta ahora).</numerusform>
        </translation>
    </message>
    <message>
        <source>You have used %1 % of your quota for this period.</source>
        <translation>Has usado el %1 % de tu cuota de este periodo.</translation>
    </message>
    <message>
        <source>One unit is one new item a sync brings into your library: a video, a post or a clip. Syncing the items you already have again (new views, likes, titles) costs nothing.</source>
        <translation>Una unidad es un elemento nuevo que una sincronización trae a tu biblioteca: un vídeo, una publicación o un clip. Volver a sincronizar los elementos que ya tienes (nuevas visualizaciones, me gusta, títulos) no cuesta nada.</translation>
    </message>
    <message>
        <source>Units used by day</source>
        <translation>Unidades usadas por día</translation>
    </message>
</context>
</TS>