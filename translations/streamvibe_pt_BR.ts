<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Unknown language “%1”; available: %2.</source>
        <translation>Idioma desconhecido “%1”; disponíveis: %2.</translation>
    </message>
    <message>
        <source>StreamVibe: search your YouTube, Instagram and TikTok content offline.</source>
        <translation>StreamVibe: pesquise seu conteúdo do YouTube, Instagram e TikTok off-line.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt; instead of the default one.</source>
        <translation>Usar o perfil em &lt;diretório&gt; em vez do padrão.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>diretório</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (%1) instead of the system language.</source>
        <translation>Mostrar a interface em &lt;idioma&gt; (%1) em vez do idioma do sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the system and user files (also $STREAMVIBE_CONFIG).</source>
        <translation>Ler a configuração de &lt;arquivo&gt; em vez dos arquivos do sistema e do usuário (também $STREAMVIBE_CONFIG).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Links passed by the desktop (ignored).</source>
        <translation>Links passados pela área de trabalho (ignorados).</translation>
    </message>
</context>
<context>
    <name>sv::AboutDialog</name>
    <message>
        <source>About StreamVibe</source>
        <translation>Sobre o StreamVibe</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Search your YouTube, Instagram and TikTok content offline.</source>
        <translation>Pesquise seu conteúdo do YouTube, Instagram e TikTok offline.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>StreamVibe's licence and the licences of the libraries it uses</source>
        <translation>A licença do StreamVibe e as licenças das bibliotecas que ele usa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>StreamVibe uses these libraries under their own licences.</source>
        <translation>O StreamVibe usa estas bibliotecas sob suas próprias licenças.</translation>
    </message>
    <message>
        <source>Copyright %1</source>
        <translation>Copyright %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licença: %1</translation>
    </message>
</context>
<context>
    <name>sv::AccountButton</name>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plano: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (offline)</source>
        <translation>Conectado como %1 (off-line)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in to see your plan and usage</source>
        <translation>Faça login para ver seu plano e seu uso</translation>
    </message>
</context>
<context>
    <name>sv::BillingPage</name>
    <message>
        <source>Refreshing…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Não foi possível atualizar: %1</translation>
    </message>
</context>
<context>
    <name>sv::ConnectionsView</name>
    <message>
        <source>Connect your platforms</source>
        <translation>Conecte suas plataformas</translation>
    </message>
    <message>
        <source>Sign in to connect YouTube, Instagram and TikTok. Your connected accounts, their sync status and the last sync time will appear here.</source>
        <translation>Faça login para conectar YouTube, Instagram e TikTok. Suas contas conectadas, o status de sincronização delas e o horário da última sincronização aparecerão aqui.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Sync all</source>
        <translation>Sincronizar tudo</translation>
    </message>
    <message>
        <source>Fetch new items of every connected account</source>
        <translation>Buscar os itens novos de todas as contas conectadas</translation>
    </message>
    <message>
        <source>No connected account to sync.</source>
        <translation>Nenhuma conta conectada para sincronizar.</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Disconnect “%1”? StreamVibe's access is revoked where %2 supports it and the sign-in is deleted from the keychain. Keep the account's items in your library?</source>
        <translation>Desconectar “%1”? O acesso do StreamVibe é revogado onde o %2 permite e o login é apagado do chaveiro. Manter os itens da conta na sua biblioteca?</translation>
    </message>
    <message>
        <source>Keep items</source>
        <translation>Manter itens</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Remover itens</translation>
    </message>
    <message>
        <source>%1 account “%2” connected.</source>
        <translation>Conta do %1 “%2” conectada.</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>Conta do %1 desconectada.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) removed from the library.</source>
        <translation>
            <numerusform>%n item removido da biblioteca.</numerusform>
            <numerusform>%n itens removidos da biblioteca.</numerusform>
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
        <translation>Selecione um item para ver os detalhes.</translation>
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
        <translation>Duração</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Curtidas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Open on platform</source>
        <translation>Abrir na plataforma</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sem descrição.</translation>
    </message>
    <message>
        <source>This item has no web address.</source>
        <translation>Este item não tem endereço web.</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Taxa de engajamento</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Compartilhamentos</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engajamento</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / views; shares where the platform gives them</source>
        <translation>(curtidas + comentários + compartilhamentos) / visualizações; compartilhamentos onde a plataforma os informa</translation>
    </message>
    <message>
        <source>Views over time</source>
        <translation>Visualizações ao longo do tempo</translation>
    </message>
    <message>
        <source>(%1 likes + %2 comments + %3 shares) / %4 views</source>
        <translation>(%1 curtidas + %2 comentários + %3 compartilhamentos) / %4 visualizações</translation>
    </message>
    <message>
        <source>No views yet: the rate needs at least one view.</source>
        <translation>Ainda sem visualizações: a taxa precisa de pelo menos uma.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lendo o histórico…</translation>
    </message>
    <message>
        <source>No history recorded yet: each sync records the item's counters.</source>
        <translation>Nenhum histórico registrado ainda: cada sincronização registra os contadores do item.</translation>
    </message>
    <message>
        <source>Reading the other posts of this clip…</source>
        <translation>Lendo as outras publicações deste clipe…</translation>
    </message>
    <message>
        <source>Cross-posted clip</source>
        <translation>Clipe publicado em várias plataformas</translation>
    </message>
    <message>
        <source>Why these posts are one clip</source>
        <translation>Por que estas publicações são o mesmo clipe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Manter estas publicações juntas como um só clipe, seja o que for que as próximas sincronizações encontrem.</translation>
    </message>
    <message>
        <source>Split from group</source>
        <translation>Separar do grupo</translation>
    </message>
    <message>
        <source>Split this item from its group</source>
        <translation>Separar este item do seu grupo</translation>
    </message>
    <message>
        <source>This post is another clip: never group it automatically again.</source>
        <translation>Esta publicação é outro clipe: nunca mais agrupá-la automaticamente.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Mesclar com…</translation>
    </message>
    <message>
        <source>Merge with another item</source>
        <translation>Mesclar com outro item</translation>
    </message>
    <message numerus="yes">
        <source>Choose a post on another platform, published within %n day(s), that is the same clip.</source>
        <translation>
            <numerusform>Escolha uma publicação de outra plataforma, publicada com até %n dia de diferença, que seja o mesmo clipe.</numerusform>
            <numerusform>Escolha uma publicação de outra plataforma, publicada com até %n dias de diferença, que seja o mesmo clipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to merge with</source>
        <translation>Itens para mesclar</translation>
    </message>
    <message>
        <source>Not grouped with posts on other platforms.</source>
        <translation>Não agrupado com publicações de outras plataformas.</translation>
    </message>
    <message numerus="yes">
        <source>Posted on %n platform(s)</source>
        <translation>
            <numerusform>Publicado em %n plataforma</numerusform>
            <numerusform>Publicado em %n plataformas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A member of a cross-posted clip: %1 platform, %2 title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Este item</translation>
    </message>
    <message>
        <source>Show this post in the list</source>
        <translation>Mostrar esta publicação na lista</translation>
    </message>
    <message>
        <source>%1 on %2 (this item)</source>
        <translation>%1 no %2 (este item)</translation>
    </message>
    <message>
        <source>Show %1 on %2</source>
        <translation>Mostrar %1 no %2</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Soma</translation>
    </message>
    <message>
        <source>Confirmed by you: kept as one clip across syncs.</source>
        <translation>Confirmado por você: mantido como um só clipe entre sincronizações.</translation>
    </message>
    <message>
        <source>Grouped automatically (score %1).</source>
        <translation>Agrupado automaticamente (pontuação %1).</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <extracomment>Why two posts are one clip: %1 and %2 are platforms, %3 the rule's reason</extracomment>
        <translation>%1 e %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A merge candidate: %1 platform, %2 title, %3 publishing date</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>No posts on other platforms within %n day(s)</source>
        <translation>
            <numerusform>Nenhuma publicação em outras plataformas com até %n dia de diferença</numerusform>
            <numerusform>Nenhuma publicação em outras plataformas com até %n dias de diferença</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum of views</source>
        <translation>Soma das visualizações</translation>
    </message>
    <message>
        <source>Sum of likes</source>
        <translation>Soma das curtidas</translation>
    </message>
    <message>
        <source>Sum of comments</source>
        <translation>Soma dos comentários</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Detalhes do item</translation>
    </message>
    <message>
        <source>(%1 likes + %2 comments) / %3 views; shares unavailable: %4</source>
        <extracomment>%4 is why the platform gives no share count</extracomment>
        <translation>(%1 curtidas + %2 comentários) / %3 visualizações; compartilhamentos indisponíveis: %4</translation>
    </message>
    <message>
        <source>Instagram gives no duration for its media.</source>
        <translation>O Instagram não informa a duração das suas mídias.</translation>
    </message>
    <message>
        <source>The platform gave no duration for this item.</source>
        <translation>A plataforma não informou a duração deste item.</translation>
    </message>
    <message>
        <source>Sum of shares</source>
        <translation>Soma de compartilhamentos</translation>
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
        <translation>Também no %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Screen-reader text of a result whose details are still being read from the library</extracomment>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1 engagement</source>
        <extracomment>The engagement rate of a result sorted by it; %1 is the percentage ("4.2%")</extracomment>
        <translation>%1 de engajamento</translation>
    </message>
    <message>
        <source>— engagement</source>
        <extracomment>A result sorted by engagement whose rate is not known (no views)</extracomment>
        <translation>— de engajamento</translation>
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <extracomment>The views a result gained in the sort's period; %1 is a signed count ("+1,234")</extracomment>
        <translation>
            <numerusform>%1 visualização ganha</numerusform>
            <numerusform>%1 visualizações ganhas</numerusform>
        </translation>
    </message>
    <message>
        <source>— views gained</source>
        <extracomment>A result sorted by views gained whose views are not known</extracomment>
        <translation>— visualizações ganhas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One platform's figure in a row standing for a clip's posts on several platforms ("TikTok 6,000")</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in all: %2</source>
        <extracomment>A row standing for a clip's posts on several platforms: %1 is their sum ("15,000 views"), %2 each platform's figure ("YouTube 9,000 · TikTok 6,000 · Instagram —")</extracomment>
        <translation>%1 no total: %2</translation>
    </message>
</context>
<context>
    <name>sv::ContentView</name>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Sua biblioteca está vazia</translation>
    </message>
    <message>
        <source>Connect a platform or import a backup. Everything you have published on YouTube, Instagram and TikTok then becomes searchable here, even offline.</source>
        <translation>Conecte uma plataforma ou importe um backup. Tudo o que você publicou no YouTube, Instagram e TikTok poderá então ser pesquisado aqui, mesmo off-line.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpar pesquisa e filtros</translation>
    </message>
    <message>
        <source>Search titles and descriptions (Ctrl+K)</source>
        <translation>Pesquisar títulos e descrições (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Período personalizado…</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Publicado a partir de</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publicado até</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Mais relevantes</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Most viewed</source>
        <translation>Mais vistos</translation>
    </message>
    <message>
        <source>The library could not be opened</source>
        <translation>Não foi possível abrir a biblioteca</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Arquivo: %2</translation>
    </message>
    <message>
        <source>No items match the filters</source>
        <translation>Nenhum item corresponde aos filtros</translation>
    </message>
    <message>
        <source>Try another platform, kind or date range.</source>
        <translation>Tente outra plataforma, outro tipo ou outro período.</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>Nenhum resultado para “%1”</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words or clear the filters.</source>
        <translation>Verifique a ortografia, use menos palavras ou limpe os filtros.</translation>
    </message>
    <message>
        <source>Check the spelling or try fewer words.</source>
        <translation>Verifique a ortografia ou use menos palavras.</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>A pesquisa falhou</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abrindo a biblioteca…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Mais curtidos</translation>
    </message>
    <message>
        <source>Most commented</source>
        <translation>Mais comentados</translation>
    </message>
    <message>
        <source>Highest engagement</source>
        <translation>Maior engajamento</translation>
    </message>
    <message>
        <source>Most views gained</source>
        <translation>Mais visualizações ganhas</translation>
    </message>
    <message>
        <source>Views gained in</source>
        <translation>Visualizações ganhas em</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>último %n dia</numerusform>
            <numerusform>últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Cross-posted only</source>
        <translation>Somente publicações cruzadas</translation>
    </message>
    <message>
        <source>Show only the clips you posted on more than one platform (seen as one group).</source>
        <translation>Mostrar somente os clipes que você publicou em mais de uma plataforma (vistos como um grupo).</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Conectar contas</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Open the library again</source>
        <translation>Abrir a biblioteca novamente</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Abrir a pasta do perfil</translation>
    </message>
    <message>
        <source>Only the items published then, in UTC as the Overview's best posting times count them. Click to show every publishing time again.</source>
        <translation>Somente os itens publicados nesse momento, em UTC, como os melhores horários para publicar da Visão geral os contam. Clique para mostrar de novo todos os horários de publicação.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Posted: %1 (UTC)</source>
        <translation>Publicado: %1 (UTC)</translation>
    </message>
    <message>
        <source>Clear the posting time filter: %1</source>
        <translation>Remover o filtro de horário de publicação: %1</translation>
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
        <translation>Sincronização e notificações</translation>
    </message>
</context>
<context>
    <name>sv::DesktopNotifications</name>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconecte o %1</translation>
    </message>
    <message>
        <source>StreamVibe can no longer read your %1 account. Reconnect it to keep it in sync.</source>
        <translation>O StreamVibe não consegue mais ler sua conta do %1. Reconecte-a para mantê-la sincronizada.</translation>
    </message>
    <message>
        <source>%1 sync failed</source>
        <translation>Falha na sincronização do %1</translation>
    </message>
    <message>
        <source>%1 sync finished</source>
        <translation>Sincronização do %1 concluída</translation>
    </message>
    <message>
        <source>Your quota is used up</source>
        <translation>Sua cota acabou</translation>
    </message>
    <message>
        <source>Your quota is almost used up</source>
        <translation>Sua cota está quase no fim</translation>
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
            <numerusform>%1 visualização</numerusform>
            <numerusform>%1 visualizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 like(s)</source>
        <translation>
            <numerusform>%1 curtida</numerusform>
            <numerusform>%1 curtidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 comment(s)</source>
        <translation>
            <numerusform>%1 comentário</numerusform>
            <numerusform>%1 comentários</numerusform>
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
            <numerusform>%1 item na biblioteca</numerusform>
            <numerusform>%1 itens na biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A date and a time, e.g. "Tuesday, 3 March 2026 at 14:05"</extracomment>
        <translation>%1 às %2</translation>
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
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrossel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Transmissão ao vivo</translation>
    </message>
    <message>
        <source>YouTube gives no share count for videos.</source>
        <translation>O YouTube não informa o número de compartilhamentos dos vídeos.</translation>
    </message>
    <message>
        <source>Instagram gives no share count for media in its basic fields.</source>
        <translation>O Instagram não informa o número de compartilhamentos nos campos básicos das mídias.</translation>
    </message>
    <message>
        <source>Not recorded yet: the next sync records it.</source>
        <translation>Ainda não registrado: a próxima sincronização o registra.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number ("4.2%", "4,2 %")</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>— views</source>
        <extracomment>An item whose platform gives no view count (Instagram media)</extracomment>
        <translation>— visualizações</translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this one yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>O Instagram só informa as visualizações de suas mídias pelos insights, e nenhum foi lido ainda para esta: cada sincronização lê os de algumas mídias, primeiro as nunca lidas, quando a conta permitiu insights ao conectar.</translation>
    </message>
</context>
<context>
    <name>sv::GuidedStart</name>
    <message>
        <source>Welcome to StreamVibe</source>
        <translation>Boas-vindas ao StreamVibe</translation>
    </message>
    <message>
        <source>Guided start</source>
        <translation>Início guiado</translation>
    </message>
    <message>
        <source>Connect your platforms</source>
        <translation>Conecte suas plataformas</translation>
    </message>
    <message>
        <source>Each Connect opens the platform's sign-in page in your browser. Once an account is connected, its first sync starts at once: your videos and posts arrive in the library and stay searchable, even offline.</source>
        <translation>Cada “Conectar” abre a página de login da plataforma no seu navegador. Assim que uma conta é conectada, a primeira sincronização começa na hora: seus vídeos e posts chegam à biblioteca e continuam pesquisáveis, mesmo offline.</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status do %1</translation>
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
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip the guided start</source>
        <translation>Pular o início guiado</translation>
    </message>
    <message>
        <source>Connect platforms later on the Connections page</source>
        <translation>Conecte as plataformas depois na página Conexões</translation>
    </message>
    <message>
        <source>Go to the Overview</source>
        <translation>Ir para a visão geral</translation>
    </message>
    <message>
        <source>Finish the guided start and show the Overview</source>
        <translation>Concluir o início guiado e mostrar a visão geral</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Conclua o login no seu navegador…</translation>
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
        <translation>Não conectado</translation>
    </message>
</context>
<context>
    <name>sv::KeyboardShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>sv::LibraryTransfer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>A biblioteca não está aberta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Another import or export is running.</source>
        <translation>Outra importação ou exportação está em andamento.</translation>
    </message>
</context>
<context>
    <name>sv::MainMenu</name>
    <message>
        <source>The documentation could not be opened: %1</source>
        <translation>Não foi possível abrir a documentação: %1</translation>
    </message>
    <message>
        <source>Exporting the library… %1 written</source>
        <translation>Exportando a biblioteca… %1 gravados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the items of a JSON or CSV file to the library</source>
        <translation>Adicionar à biblioteca os itens de um arquivo JSON ou CSV</translation>
    </message>
    <message>
        <source>&amp;Export Library…</source>
        <translation>&amp;Exportar biblioteca…</translation>
    </message>
    <message>
        <source>Write every item of the library to a JSON or CSV file</source>
        <translation>Gravar todos os itens da biblioteca em um arquivo JSON ou CSV</translation>
    </message>
    <message>
        <source>Export Search &amp;Results…</source>
        <translation>Exportar &amp;resultados da pesquisa…</translation>
    </message>
    <message>
        <source>Write the items the Content page finds now to a JSON or CSV file</source>
        <translation>Gravar em um arquivo JSON ou CSV os itens que a página Conteúdo encontra agora</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Conexões</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>C&amp;onteúdo</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Uso</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Planos</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Sair da conta</translation>
    </message>
    <message>
        <source>&amp;Manage Plan…</source>
        <translation>&amp;Gerenciar plano…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentação</translation>
    </message>
    <message>
        <source>&amp;About StreamVibe</source>
        <translation>&amp;Sobre o StreamVibe</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Library files (*.json *.csv)</source>
        <translation>Arquivos de biblioteca (*.json *.csv)</translation>
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
        <translation>Importar para a biblioteca</translation>
    </message>
    <message>
        <source>%1 is neither a JSON nor a CSV file (.json, .csv).</source>
        <translation>%1 não é um arquivo JSON nem CSV (.json, .csv).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n item importado de %1.</numerusform>
            <numerusform>%n itens importados de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nada foi importado de %1: %2</translation>
    </message>
    <message>
        <source>Export Search Results</source>
        <translation>Exportar resultados da pesquisa</translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation>Exportar biblioteca</translation>
    </message>
    <message>
        <source>Exporting the search results…</source>
        <translation>Exportando os resultados da pesquisa…</translation>
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation>Exportando a biblioteca…</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>A exportação para %1 falhou: %2</translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>Biblioteca exportada para %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n item exportado para %1.</numerusform>
            <numerusform>%n itens exportados para %1.</numerusform>
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
        <translation>Nenhum perfil</translation>
    </message>
    <message>
        <source>Library unavailable</source>
        <translation>Biblioteca indisponível</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>Não foi possível abrir o perfil</translation>
    </message>
    <message>
        <source>Backend not configured</source>
        <translation>Backend não configurado</translation>
    </message>
    <message>
        <source>Sign-in, plans and sync are unavailable; the local library works offline.</source>
        <translation>Login, planos e sincronização estão indisponíveis; a biblioteca local funciona off-line.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Connected to the local stack (%1) — test data, no real accounts or payments</source>
        <translation>Conectado ao ambiente local (%1) — dados de teste, sem contas nem pagamentos reais</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>No account to sync: connect one first.</source>
        <translation>Nenhuma conta para sincronizar: conecte uma primeiro.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>Ler o arquivo de configuração novamente</translation>
    </message>
    <message>
        <source>The configuration file %1 has a mistake on line %2, so StreamVibe works offline: %3. Correct the file, then choose Retry.</source>
        <translation>O arquivo de configuração %1 tem um erro na linha %2, por isso o StreamVibe funciona offline: %3. Corrija o arquivo e escolha Tentar novamente.</translation>
    </message>
    <message>
        <source>The configuration could not be loaded, so StreamVibe works offline: %1. Correct the file, then choose Retry.</source>
        <translation>Não foi possível carregar a configuração, por isso o StreamVibe funciona offline: %1. Corrija o arquivo e escolha Tentar novamente.</translation>
    </message>
    <message>
        <source>Open the profile's library again</source>
        <translation>Abrir novamente a biblioteca do perfil</translation>
    </message>
    <message>
        <source>Your profile folder %1 is read-only: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Make the folder writable, then choose Retry.</source>
        <translation>Sua pasta de perfil %1 é somente leitura: o StreamVibe pode mostrar e pesquisar sua biblioteca, mas não pode salvar nada, por isso sincronizações, importações e edições são recusadas. Torne a pasta gravável e escolha Tentar novamente.</translation>
    </message>
    <message>
        <source>The disk of your profile folder %1 is full: StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Free some space, then choose Retry.</source>
        <translation>O disco da sua pasta de perfil %1 está cheio: o StreamVibe pode mostrar e pesquisar sua biblioteca, mas não pode salvar nada, por isso sincronizações, importações e edições são recusadas. Libere espaço e escolha Tentar novamente.</translation>
    </message>
    <message>
        <source>Your profile folder cannot be used: %1. Connect the drive it is on, or make the folder (or choose another one with --profile), then start StreamVibe again.</source>
        <translation>Sua pasta de perfil não pode ser usada: %1. Conecte a unidade em que ela está ou crie a pasta (ou escolha outra com --profile) e inicie o StreamVibe novamente.</translation>
    </message>
    <message>
        <source>Your profile folder %1 cannot be found or read: %2. Connect the drive it is on (or make the folder readable), then choose Retry.</source>
        <translation>Sua pasta de perfil %1 não pode ser encontrada nem lida: %2. Conecte a unidade em que ela está (ou torne a pasta legível) e escolha Tentar novamente.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation>Tentar alcançar os servidores agora</translation>
    </message>
    <message>
        <source>The local stack (%1) cannot be reached, so StreamVibe works offline: your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation>Não é possível alcançar o stack local (%1), por isso o StreamVibe funciona offline: sua biblioteca continua pesquisável e as sincronizações aguardam. Este aviso some sozinho quando a conexão voltar.</translation>
    </message>
    <message>
        <source>StreamVibe cannot reach its servers or the platforms: you seem to be offline. Your library stays searchable and syncs wait. This goes away by itself once the connection is back.</source>
        <translation>O StreamVibe não consegue alcançar os servidores nem as plataformas: parece que você está offline. Sua biblioteca continua pesquisável e as sincronizações aguardam. Este aviso some sozinho quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Your profile folder %1 no longer lets you in (%2): StreamVibe can show and search your library but cannot save anything, so syncs, imports and edits are refused. Give yourself access to the folder again, then choose Retry.</source>
        <translation>Sua pasta de perfil %1 não dá mais acesso a você (%2): o StreamVibe pode mostrar e pesquisar sua biblioteca, mas não pode salvar nada, por isso sincronizações, importações e edições são recusadas. Dê a si mesmo acesso à pasta novamente e escolha Tentar novamente.</translation>
    </message>
</context>
<context>
    <name>sv::OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n dia</numerusform>
            <numerusform>Últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>Visualizações ganhas</translation>
    </message>
    <message>
        <source>Views gained by day</source>
        <translation>Visualizações ganhas por dia</translation>
    </message>
    <message numerus="yes">
        <source>%1 view(s) gained</source>
        <translation>
            <numerusform>%1 visualização ganha</numerusform>
            <numerusform>%1 visualizações ganhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Maiores altas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Click an item to see it on the Content page</source>
        <translation>Clique em um item para vê-lo na página Conteúdo</translation>
    </message>
    <message>
        <source>Average views by publishing day</source>
        <translation>Média de visualizações por dia de publicação</translation>
    </message>
    <message>
        <source>Average views by publishing hour (UTC)</source>
        <translation>Média de visualizações por hora de publicação (UTC)</translation>
    </message>
    <message>
        <source>%1 average views</source>
        <translation>%1 visualizações em média</translation>
    </message>
    <message>
        <source>Followers by day</source>
        <translation>Seguidores por dia</translation>
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
        <translation>Melhores dias e horários para publicar (UTC)</translation>
    </message>
    <message>
        <source>Follower trend</source>
        <translation>Evolução de seguidores</translation>
    </message>
    <message>
        <source>Your overview fills as you sync</source>
        <translation>Sua visão geral se preenche conforme você sincroniza</translation>
    </message>
    <message>
        <source>Connect your YouTube, Instagram and TikTok accounts and sync them: each sync records your items' views, likes and comments and your followers, and this page shows how they grow.</source>
        <translation>Conecte suas contas do YouTube, Instagram e TikTok e sincronize-as: cada sincronização registra as visualizações, curtidas e comentários dos seus itens e seus seguidores, e esta página mostra como eles crescem.</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Conectar contas</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Show all platforms</source>
        <translation>Mostrar todas as plataformas</translation>
    </message>
    <message>
        <source>The overview could not be read</source>
        <translation>Não foi possível ler a visão geral</translation>
    </message>
    <message numerus="yes">
        <source>views gained from %1 to %2 by %n item(s)</source>
        <translation>
            <numerusform>visualizações ganhas de %1 a %2 por %n item</numerusform>
            <numerusform>visualizações ganhas de %1 a %2 por %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>No views gained recorded in this period. Each sync records your items' views: sync to fill this.</source>
        <translation>Nenhuma visualização ganha registrada neste período. Cada sincronização registra as visualizações dos seus itens: sincronize para preencher isto.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>No item gained views in this period. The items that gain the most appear here after the syncs that record them.</source>
        <translation>Nenhum item ganhou visualizações neste período. Os itens que mais ganham aparecem aqui após as sincronizações que os registram.</translation>
    </message>
    <message>
        <source>%1:00–%1:59 UTC</source>
        <translation>%1h00–%1h59 UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No follower counts recorded yet. Each sync records the follower count of the connected accounts that give one.</source>
        <translation>Nenhuma contagem de seguidores registrada ainda. Cada sincronização registra o número de seguidores das contas conectadas que o informam.</translation>
    </message>
    <message>
        <source>Instagram gives views only through its insights, and none were recorded in this period: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>O Instagram só fornece visualizações por meio dos seus insights, e nenhuma foi registrada neste período: cada sincronização lê os de algumas mídias, primeiro as nunca lidas, quando a conta permitiu os insights ao conectar.</translation>
    </message>
    <message>
        <source>Best posting times compare the items whose views are known, and no Instagram item's are yet: Instagram gives views only through its insights, which each sync reads for some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>Os melhores horários de publicação comparam os itens cujas visualizações são conhecidas, e as de nenhum item do Instagram são ainda: o Instagram só informa visualizações por meio dos seus insights, que cada sincronização lê para algumas mídias, primeiro as nunca lidas, quando a conta permitiu os insights ao conectar.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>The items published in the period, by the day and hour they were published: the average views each gained in the period. An item whose views are not known (Instagram's, until a sync reads their insights) is not counted, and a time with none is shown as “—”.</source>
        <translation>Os itens publicados no período, pelo dia e pela hora em que foram publicados: a média de visualizações que cada um ganhou no período. Um item cujas visualizações não são conhecidas (os do Instagram, até que uma sincronização leia seus insights) não é contado, e um horário sem nenhum aparece como “—”.</translation>
    </message>
    <message>
        <source>Nothing was published then in this period.</source>
        <translation>Nada foi publicado nesse horário neste período.</translation>
    </message>
    <message numerus="yes">
        <source>The views of the %n item(s) published then are not known (Instagram's: until a sync reads their insights).</source>
        <translation>
            <numerusform>As visualizações do %n item publicado nesse horário não são conhecidas (as do Instagram: até que uma sincronização leia seus insights).</numerusform>
            <numerusform>As visualizações dos %n itens publicados nesse horário não são conhecidas (as do Instagram: até que uma sincronização leia seus insights).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). A longer period has more.</source>
        <translation>Poucos itens com visualizações conhecidas foram publicados neste período para comparar os horários de publicação (%1 de pelo menos %2). Um período mais longo tem mais.</translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare posting times (%1 of at least %2). Sync your accounts: the views of the items you publish are compared here.</source>
        <translation>Poucos itens com visualizações conhecidas foram publicados neste período para comparar os horários de publicação (%1 de pelo menos %2). Sincronize suas contas: as visualizações dos itens que você publica são comparadas aqui.</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Mostrar o último %n dia</numerusform>
            <numerusform>Mostrar os últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the items by the views they gained that day.</source>
        <translation>Clique para listar os itens pelas visualizações que ganharam nesse dia.</translation>
    </message>
    <message>
        <source>Click to list the items published then in this period.</source>
        <translation>Clique para listar os itens publicados nesse momento neste período.</translation>
    </message>
    <message>
        <source>Click to list this account's items.</source>
        <translation>Clique para listar os itens desta conta.</translation>
    </message>
    <message>
        <source>Not final</source>
        <translation>Provisório</translation>
    </message>
    <message>
        <source>YouTube Analytics has reported views up to %1: it reports each day one to three days later, so the views of the days after it are not final.</source>
        <translation>O YouTube Analytics informou as visualizações até %1: ele informa cada dia de um a três dias depois, então as visualizações dos dias seguintes são provisórias.</translation>
    </message>
</context>
<context>
    <name>sv::PlanCard</name>
    <message>
        <source>Current plan</source>
        <translation>Plano atual</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Grátis</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>%1 / year</source>
        <translation>%1 / ano</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / mês</translation>
    </message>
    <message>
        <source>%1 API units per month</source>
        <translation>%1 unidades de API por mês</translation>
    </message>
    <message>
        <source>No overage billing</source>
        <translation>Sem cobrança de excedente</translation>
    </message>
    <message>
        <source>Overage: %1 per %2 extra units</source>
        <translation>Excedente: %1 a cada %2 unidades extras</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Seu plano</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluído</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Fazer upgrade</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudar</translation>
    </message>
    <message>
        <source>Switch to this plan by cancelling your subscription under Manage billing.</source>
        <translation>Para mudar para este plano, cancele sua assinatura em “Gerenciar cobrança”.</translation>
    </message>
</context>
<context>
    <name>sv::PlansView</name>
    <message>
        <source>Plans and billing</source>
        <translation>Planos e cobrança</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Waiting for the payment in your browser… If the browser did not open, copy this link into it:</source>
        <translation>Aguardando o pagamento no seu navegador… Se o navegador não abriu, copie este link nele:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation>Gerenciar cobrança…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Waiting for the payment in your browser… If it did not open, copy this link into it:</source>
        <translation>Aguardando o pagamento no seu navegador… Se ele não abriu, copie este link nele:</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this link into your browser to pay:</source>
        <translation>Não foi possível abrir um navegador. Copie este link no seu navegador para pagar:</translation>
    </message>
    <message>
        <source>The invoices could not be loaded: %1</source>
        <translation>Não foi possível carregar as faturas: %1</translation>
    </message>
    <message>
        <source>Invoices are not available offline: they are always fetched from Stripe and never stored on this computer.</source>
        <translation>As faturas não ficam disponíveis off-line: elas sempre são buscadas no Stripe e nunca são armazenadas neste computador.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Incobrável</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Abrir a fatura no seu navegador</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Prices and your plan are shown as last received.</source>
        <translation>Os preços e seu plano são mostrados como foram recebidos pela última vez.</translation>
    </message>
    <message>
        <source>Offline: buying or changing a plan and managing billing need a connection.</source>
        <translation>Off-line: comprar ou mudar de plano e gerenciar a cobrança exigem conexão.</translation>
    </message>
    <message>
        <source>The plans could not be loaded: %1</source>
        <translation>Não foi possível carregar os planos: %1</translation>
    </message>
    <message>
        <source>A checkout is in progress.</source>
        <translation>Há um pagamento em andamento.</translation>
    </message>
    <message>
        <source>Payment confirmed: you are now on the %1 plan (%2 API units per month).</source>
        <translation>Pagamento confirmado: agora você está no plano %1 (%2 unidades de API por mês).</translation>
    </message>
    <message>
        <source>The billing portal could not be opened: %1</source>
        <translation>Não foi possível abrir o portal de cobrança: %1</translation>
    </message>
    <message>
        <source>Sign in to see plans and billing. Compare plans, upgrade and download your invoices here.</source>
        <translation>Faça login para ver planos e cobrança. Compare planos, faça upgrade e baixe suas faturas aqui.</translation>
    </message>
    <message>
        <source>Your %1 plan ends on %2 and will not renew.</source>
        <translation>Seu plano %1 termina em %2 e não será renovado.</translation>
    </message>
    <message>
        <source>A plan's units are the new items you can sync each month: 1,000 units bring 1,000 new videos, posts or clips into your library. Keeping the items you have up to date is free.</source>
        <translation>As unidades de um plano são os itens novos que você pode sincronizar a cada mês: 1.000 unidades trazem 1.000 vídeos, posts ou clipes novos para a sua biblioteca. Manter atualizados os itens que você já tem é grátis.</translation>
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
        <translation>Reconectar</translation>
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
        <translation>Conexão com o %1</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, use &lt;a href="%1"&gt;this link&lt;/a&gt;.</source>
        <translation>Faça login no seu navegador. Se ele não abriu, use &lt;a href="%1"&gt;este link&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconexão necessária</translation>
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
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Connect your %1 account to search its content offline.</source>
        <translation>Conecte sua conta do %1 para pesquisar o conteúdo dela off-line.</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Parar de esperar o login</translation>
    </message>
    <message>
        <source>Stop the sync after the page being fetched</source>
        <translation>Parar a sincronização após a página que está sendo buscada</translation>
    </message>
</context>
<context>
    <name>sv::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Menus and dialogs use the new language now; every page does once StreamVibe restarts.</source>
        <translation>Os menus e as caixas de diálogo já usam o novo idioma; todas as páginas, depois que o StreamVibe reiniciar.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <source>Restart StreamVibe</source>
        <translation>Reiniciar o StreamVibe</translation>
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
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Pasta do perfil:</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Pasta do perfil</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Abrir a pasta do perfil</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Pasta do cache:</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Pasta do cache</translation>
    </message>
    <message>
        <source>Open F&amp;older</source>
        <translation>Abrir p&amp;asta</translation>
    </message>
    <message>
        <source>Open the cache folder</source>
        <translation>Abrir a pasta do cache</translation>
    </message>
    <message>
        <source>Thumbnail cache &amp;size:</source>
        <translation>&amp;Tamanho do cache de miniaturas:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Thumbnail cache size in megabytes</source>
        <translation>Tamanho do cache de miniaturas em megabytes</translation>
    </message>
    <message>
        <source>Pictures beyond this size are removed, the least recently shown first.</source>
        <translation>As imagens além deste tamanho são removidas, primeiro as exibidas há mais tempo.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Em uso:</translation>
    </message>
    <message>
        <source>Thumbnail cache in use</source>
        <translation>Cache de miniaturas em uso</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Clear the thumbnail cache</source>
        <translation>Limpar o cache de miniaturas</translation>
    </message>
    <message>
        <source>No pictures are downloaded while no StreamVibe service is configured.</source>
        <translation>Nenhuma imagem é baixada enquanto nenhum serviço do StreamVibe estiver configurado.</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Fechar as configurações</translation>
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
        <translation>Entrar no StreamVibe</translation>
    </message>
    <message>
        <source>Your account holds your plan and usage. Your content library stays on this computer and works without signing in.</source>
        <translation>Sua conta guarda seu plano e seu uso. Sua biblioteca de conteúdo fica neste computador e funciona sem login.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erro de login</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this link into a browser on this computer to sign in:</source>
        <translation>Não foi possível abrir seu navegador. Copie este link em um navegador deste computador para fazer login:</translation>
    </message>
    <message>
        <source>or with your e-mail address</source>
        <translation>ou com seu endereço de e-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
    <message>
        <source>Continue without signing in</source>
        <translation>Continuar sem fazer login</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Aguardando o navegador…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Link de login</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter your e-mail address and your password.</source>
        <translation>Digite seu endereço de e-mail e sua senha.</translation>
    </message>
    <message>
        <source>The link was copied. Paste it into your browser's address bar.</source>
        <translation>O link foi copiado. Cole-o na barra de endereços do seu navegador.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If it did not open, copy this link into a browser on this computer:</source>
        <translation>Conclua o login no seu navegador. Se ele não abriu, copie este link em um navegador deste computador:</translation>
    </message>
    <message>
        <source>Your account was created. Open the link in the confirmation e-mail sent to %1, then sign in.</source>
        <translation>Sua conta foi criada. Abra o link do e-mail de confirmação enviado para %1 e depois faça login.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar senha</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Esqueceu a senha?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Esqueci a senha</translation>
    </message>
    <message>
        <source>Sends an e-mail with a link to choose a new password to the address entered</source>
        <translation>Envia para o endereço informado um e-mail com um link para escolher uma nova senha</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Continuar com %1</translation>
    </message>
    <message>
        <source>Signs in with your %1 account in your web browser</source>
        <translation>Entra com a sua conta %1 no seu navegador</translation>
    </message>
    <message>
        <source>Enter your e-mail address, then choose “Forgot password?” again.</source>
        <translation>Digite seu endereço de e-mail e escolha “Esqueceu a senha?” novamente.</translation>
    </message>
    <message>
        <source>If an account uses %1, an e-mail with a link to choose a new password is on its way. Open the link, choose the new password, then sign in here with it.</source>
        <translation>Se alguma conta usa %1, um e-mail com um link para escolher uma nova senha está a caminho. Abra o link, escolha a nova senha e depois entre aqui com ela.</translation>
    </message>
</context>
<context>
    <name>sv::SignedOutActions</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Signing in is possible once the configuration file is corrected (the banner above says where).</source>
        <translation>Será possível entrar quando o arquivo de configuração for corrigido (o aviso acima diz onde).</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>Ler o arquivo de configuração novamente</translation>
    </message>
    <message>
        <source>No StreamVibe service is configured, so signing in is not possible; your library works offline. To sign in, name the service in the [backend] section of %1, then choose Retry.</source>
        <translation>Nenhum serviço do StreamVibe está configurado, então não é possível entrar; sua biblioteca funciona offline. Para entrar, indique o serviço na seção [backend] de %1 e depois escolha Tentar novamente.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentação</translation>
    </message>
    <message>
        <source>Open the documentation</source>
        <translation>Abrir a documentação</translation>
    </message>
    <message>
        <source>Signing in needs a profile folder StreamVibe can use (the banner above says what is wrong).</source>
        <translation>Para entrar, o StreamVibe precisa de uma pasta de perfil que possa usar (o aviso acima diz o que está errado).</translation>
    </message>
    <message>
        <source>StreamVibe cannot reach its servers, so signing in has to wait. Sign in comes back here by itself once they answer.</source>
        <translation>O StreamVibe não consegue alcançar seus servidores, então a entrada precisa esperar. “Entrar” volta a aparecer aqui sozinho assim que eles responderem.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Try to reach the servers now</source>
        <translation>Tentar alcançar os servidores agora</translation>
    </message>
</context>
<context>
    <name>sv::SyncSettingsPage</name>
    <message>
        <source>Sync &amp; notifications</source>
        <translation>Sincronização e notificações</translation>
    </message>
    <message>
        <source>Background sync</source>
        <translation>Sincronização em segundo plano</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>A cada hora</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>A cada 6 horas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <source>Sync schedule</source>
        <translation>Agendamento da sincronização</translation>
    </message>
    <message>
        <source>&amp;Sync my accounts:</source>
        <translation>&amp;Sincronizar minhas contas:</translation>
    </message>
    <message>
        <source>Only while you are signed in and online; paused on a metered connection.</source>
        <translation>Somente quando você estiver conectado e online; pausada em uma conexão limitada.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificações da área de trabalho</translation>
    </message>
    <message>
        <source>A long sync fi&amp;nished</source>
        <translation>Uma sincronização longa foi &amp;concluída</translation>
    </message>
    <message>
        <source>A sync &amp;failed</source>
        <translation>Uma sincronização &amp;falhou</translation>
    </message>
    <message>
        <source>An account needs &amp;reconnecting</source>
        <translation>Uma conta precisa ser &amp;reconectada</translation>
    </message>
    <message>
        <source>The &amp;quota is at 80 % or used up</source>
        <translation>A &amp;cota chegou a 80 % ou acabou</translation>
    </message>
</context>
<context>
    <name>sv::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Open StreamVibe</source>
        <translation>Abrir o StreamVibe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>StreamVibe: %1</source>
        <translation>StreamVibe: %1</translation>
    </message>
    <message>
        <source>Keep syncing in the background?</source>
        <translation>Continuar sincronizando em segundo plano?</translation>
    </message>
    <message>
        <source>StreamVibe can keep syncing your accounts from the tray while its window is closed. Keep it running?

You can quit at any time from the tray icon's menu.</source>
        <translation>O StreamVibe pode continuar sincronizando suas contas pela bandeja do sistema com a janela fechada. Mantê-lo em execução?

Você pode sair a qualquer momento pelo menu do ícone da bandeja.</translation>
    </message>
</context>
<context>
    <name>sv::UsageView</name>
    <message>
        <source>Usage and quota</source>
        <translation>Uso e cota</translation>
    </message>
    <message>
        <source>Sign in to see your usage and quota. Synced items, API calls and the quota left in this billing period will appear here.</source>
        <translation>Faça login para ver seu uso e sua cota. Itens sincronizados, chamadas de API e a cota restante neste período de cobrança aparecerão aqui.</translation>
    </message>
    <message>
        <source>Usage in this billing period</source>
        <translation>Uso neste período de cobrança</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Mudar de plano…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Cota:</translation>
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
        <translation>Renova em:</translation>
    </message>
    <message>
        <source>Overage units:</source>
        <translation>Unidades excedentes:</translation>
    </message>
    <message>
        <source>Estimated overage charge:</source>
        <translation>Cobrança estimada de excedente:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>Current billing period</source>
        <translation>Período de cobrança atual</translation>
    </message>
    <message>
        <source>API units per day by platform</source>
        <translation>Unidades de API por dia e plataforma</translation>
    </message>
    <message>
        <source>The usage could not be loaded: %1</source>
        <translation>Não foi possível carregar o uso: %1</translation>
    </message>
    <message>
        <source>The usage history could not be loaded: %1</source>
        <translation>Não foi possível carregar o histórico de uso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 unidade</numerusform>
            <numerusform>%1 unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s) (%2 %)</source>
        <translation>
            <numerusform>%1 unidade (%2%)</numerusform>
            <numerusform>%1 unidades (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unknown (plans unavailable)</source>
        <translation>desconhecido (planos indisponíveis)</translation>
    </message>
    <message>
        <source>none (no overage billing on this plan)</source>
        <translation>nenhuma (este plano não cobra excedente)</translation>
    </message>
    <message>
        <source>%1 % of the quota used</source>
        <translation>%1% da cota usada</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 unit(s)</source>
        <translation>
            <numerusform>%1: %2 unidade</numerusform>
            <numerusform>%1: %2 unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 unit(s)</source>
        <translation>
            <numerusform>Total: %1 unidade</numerusform>
            <numerusform>Total: %1 unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the last figures received; they may be out of date.</source>
        <translation>Estes são os últimos números recebidos; podem estar desatualizados.</translation>
    </message>
    <message>
        <source>Offline: changing the plan needs a connection to StreamVibe.</source>
        <translation>Off-line: mudar de plano exige conexão com o StreamVibe.</translation>
    </message>
    <message numerus="yes">
        <source>You have used your whole quota for this period. Further usage is billed as overage (%1 unit(s) so far).</source>
        <translation>
            <numerusform>Você usou toda a sua cota deste período. O uso adicional é cobrado como excedente (%1 unidade até agora).</numerusform>
            <numerusform>Você usou toda a sua cota deste período. O uso adicional é cobrado como excedente (%1 unidades até agora).</numerusform>
        </translation>
    </message>
    <message>
        <source>You have used %1 % of your quota for this period.</source>
        <translation>Você usou %1% da sua cota deste período.</translation>
    </message>
    <message>
        <source>One unit is one new item a sync brings into your library: a video, a post or a clip. Syncing the items you already have again (new views, likes, titles) costs nothing.</source>
        <translation>Uma unidade é um item novo que uma sincronização traz para a sua biblioteca: um vídeo, um post ou um clipe. Sincronizar de novo os itens que você já tem (novas visualizações, curtidas, títulos) não custa nada.</translation>
    </message>
    <message>
        <source>Units used by day</source>
        <translation>Unidades usadas por dia</translation>
    </message>
</context>
</TS>