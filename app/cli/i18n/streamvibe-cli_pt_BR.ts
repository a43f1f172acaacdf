<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountNames</name>
    <message>
        <source>no account &apos;%1&apos; in the library (&quot;accounts&quot; lists them; give its id, handle or name)</source>
        <translation>nenhuma conta “%1” na biblioteca (&quot;accounts&quot; as lista; informe o id, o identificador ou o nome dela)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names several accounts: %2; give its id</source>
        <translation>“%1” designa várias contas: %2; informe o id dela</translation>
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
        <translation>reconexão necessária</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>List the connected platform accounts and their sync state.</source>
        <translation>Listar as contas de plataformas conectadas e o estado de sincronização delas.</translation>
    </message>
    <message>
        <source>accounts [options]</source>
        <translation>accounts [opções]</translation>
    </message>
    <message>
        <source>Lists the connected accounts of the profile: platform, account, status, the items in the library and the last sync. Reads the library only (no network, no sign-in).</source>
        <translation>Lista as contas conectadas do perfil: plataforma, conta, status, os itens na biblioteca e a última sincronização. Só lê a biblioteca (sem rede nem login).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>accounts takes no arguments</source>
        <translation>accounts não aceita argumentos</translation>
    </message>
    <message>
        <source>No account is connected. Run “%1 connect PLATFORM” to connect one.</source>
        <translation>Nenhuma conta está conectada. Execute “%1 connect PLATAFORMA” para conectar uma.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CONTA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ITENS</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>ÚLTIMA SINCRONIZAÇÃO</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 needs to be reconnected: run “%2 connect %3”.</source>
        <translation>%1 precisa ser reconectado: execute “%2 connect %3”.</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>Inspect or empty the cache of backend answers (plans, profile, usage).</source>
        <translation>Inspecionar ou esvaziar o cache de respostas do backend (planos, perfil, uso).</translation>
    </message>
    <message>
        <source>Show the cache counters and what the profile&apos;s cache holds.</source>
        <translation>Mostrar os contadores do cache e o que o cache do perfil contém.</translation>
    </message>
    <message>
        <source>Remove every cached backend answer from the profile.</source>
        <translation>Remover do perfil todas as respostas do backend armazenadas em cache.</translation>
    </message>
    <message>
        <source>cache clear [options]</source>
        <translation>cache clear [opções]</translation>
    </message>
    <message>
        <source>Removes every cached backend answer stored in the profile&apos;s library and prints how many were removed. The content library itself is not touched; the next online start fetches fresh answers.</source>
        <translation>Remove todas as respostas do backend armazenadas em cache na biblioteca do perfil e mostra quantas foram removidas. A biblioteca de conteúdo em si não é alterada; a próxima inicialização on-line busca respostas novas.</translation>
    </message>
    <message>
        <source>cache stats [options]</source>
        <translation>cache stats [opções]</translation>
    </message>
    <message>
        <source>Shows the hits and misses of the memory and SQLite cache layers (zero in a new process), and the entries stored in the profile&apos;s library: how many, how many expired (served only when the backend is unreachable) and their size in bytes.</source>
        <translation>Mostra os acertos e as falhas das camadas de cache em memória e em SQLite (zero em um processo novo) e as entradas armazenadas na biblioteca do perfil: quantas são, quantas expiraram (usadas só quando o backend está inacessível) e o tamanho delas em bytes.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>cache %1 takes no arguments</source>
        <translation>cache %1 não aceita argumentos</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>não é possível ler o cache: %1</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>CAMADA</translation>
    </message>
    <message>
        <source>HITS</source>
        <translation>ACERTOS</translation>
    </message>
    <message>
        <source>MISSES</source>
        <translation>FALHAS</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>ENTRADAS</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memória</translation>
    </message>
    <message>
        <source>sqlite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Stored in the library: %1 entries, %2 expired, %3 bytes.</source>
        <translation>Armazenado na biblioteca: %1 entradas, %2 expiradas, %3 bytes.</translation>
    </message>
    <message>
        <source>cannot clear the cache: %1</source>
        <translation>não é possível esvaziar o cache: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached answer(s).</source>
        <translation>
            <numerusform>%n resposta em cache removida.</numerusform>
            <numerusform>%n respostas em cache removidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutCommand</name>
    <message>
        <source>Buy or change the plan with Stripe Checkout in the browser.</source>
        <translation>Comprar ou mudar o plano com o Stripe Checkout no navegador.</translation>
    </message>
    <message>
        <source>checkout [options] PLAN</source>
        <translation>checkout [opções] PLANO</translation>
    </message>
    <message>
        <source>Opens Stripe Checkout for PLAN in your browser ($BROWSER, else the desktop&apos;s handler) and prints the link. When the payment is done the browser returns to StreamVibe and the new plan is printed; if it does not return, the subscription is checked every few seconds for up to two minutes. Cancelling on the checkout page leaves your plan unchanged.</source>
        <translation>Abre o Stripe Checkout para PLANO no seu navegador ($BROWSER ou, se não houver, o gerenciador da área de trabalho) e exibe o link. Quando o pagamento é concluído, o navegador volta ao StreamVibe e o novo plano é exibido; se ele não voltar, a assinatura é verificada a cada poucos segundos por até dois minutos. Cancelar na página de pagamento mantém seu plano inalterado.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLANO</translation>
    </message>
    <message>
        <source>The plan to buy: basic or premium (see &apos;plans&apos;).</source>
        <translation>O plano a comprar: basic ou premium (veja “plans”).</translation>
    </message>
    <message>
        <source>Pay yearly instead of monthly.</source>
        <translation>Pagar anualmente em vez de mensalmente.</translation>
    </message>
    <message>
        <source>checkout takes one PLAN</source>
        <translation>checkout aceita um PLANO</translation>
    </message>
    <message>
        <source>no such plan: %1</source>
        <translation>plano inexistente: %1</translation>
    </message>
    <message>
        <source>the %1 plan cannot be bought; cancel your subscription with the billing portal to return to it</source>
        <translation>o plano %1 não pode ser comprado; cancele sua assinatura no portal de cobrança para voltar a ele</translation>
    </message>
    <message>
        <source>Opened the checkout in your browser. If it did not appear, open this link:</source>
        <translation>O pagamento foi aberto no seu navegador. Se ele não aparecer, abra este link:</translation>
    </message>
    <message>
        <source>Open this link in your browser to pay:</source>
        <translation>Abra este link no seu navegador para pagar:</translation>
    </message>
    <message>
        <source>Waiting for the payment... (Ctrl+C to stop)</source>
        <translation>Aguardando o pagamento... (Ctrl+C para parar)</translation>
    </message>
    <message>
        <source>Payment confirmed. Your plan is now %1 (%2 API units per month).</source>
        <translation>Pagamento confirmado. Seu plano agora é %1 (%2 unidades de API por mês).</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use the profile in DIR (default: $STREAMVIBE_PROFILE, else ~/.local/share/StreamVibe/profiles/default).</source>
        <translation>Usar o perfil em DIRETÓRIO (padrão: $STREAMVIBE_PROFILE; se não houver, ~/.local/share/StreamVibe/profiles/default).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>diretório</translation>
    </message>
    <message>
        <source>Read the configuration from FILE only (default: $STREAMVIBE_CONFIG, else the system and user streamvibe.conf).</source>
        <translation>Ler a configuração apenas de ARQUIVO (padrão: $STREAMVIBE_CONFIG; se não houver, o streamvibe.conf do sistema e do usuário).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [ACTION] [options] [arguments]</source>
        <translation>Uso: %1 [opções globais] COMANDO [AÇÃO] [opções] [argumentos]</translation>
    </message>
    <message>
        <source>StreamVibe from the command line: search and manage your local content library.</source>
        <translation>StreamVibe pela linha de comando: pesquise e gerencie sua biblioteca local de conteúdo.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Show the help of a command: help COMMAND [ACTION].</source>
        <translation>Mostrar a ajuda de um comando: help COMANDO [AÇÃO].</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções globais:</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Execute “%1 help COMANDO” ou “%1 COMANDO --help” para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 wrong command line, 2 the command failed.</source>
        <translation>Código de saída: 0 sucesso, 1 linha de comando incorreta, 2 o comando falhou.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 ACTION [options] [arguments]</source>
        <translation>Uso: %1 %2 AÇÃO [opções] [argumentos]</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Ações:</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2 ACTION&apos; for the options of an action.</source>
        <translation>Execute “%1 help %2 AÇÃO” para ver as opções de uma ação.</translation>
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
        <translation>Opções:</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido “%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>“%1” não tem a ação “%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action</source>
        <translation>“%1” precisa de uma ação</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action before its options</source>
        <translation>“%1” precisa de uma ação antes das opções</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>cannot open the library %1: %2</source>
        <translation>não é possível abrir a biblioteca %1: %2</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>no StreamVibe server is configured: set [backend] url and anon_key in streamvibe.conf (see “%1 config”)</source>
        <translation>nenhum servidor do StreamVibe está configurado: defina url e anon_key de [backend] no streamvibe.conf (veja “%1 config”)</translation>
    </message>
    <message>
        <source>the session is not initialised</source>
        <translation>a sessão não foi inicializada</translation>
    </message>
    <message>
        <source>Not signed in: run “%1 login”.</source>
        <translation>Você não fez login: execute “%1 login”.</translation>
    </message>
    <message>
        <source>Run “%1 login” to sign in again.</source>
        <translation>Execute “%1 login” para fazer login novamente.</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Inspect the application configuration (streamvibe.conf).</source>
        <translation>Inspecionar a configuração do aplicativo (streamvibe.conf).</translation>
    </message>
    <message>
        <source>Show the effective configuration and where each value comes from.</source>
        <translation>Mostrar a configuração efetiva e de onde vem cada valor.</translation>
    </message>
    <message>
        <source>config show [options]</source>
        <translation>config show [opções]</translation>
    </message>
    <message>
        <source>Shows every configuration value and its source. The configuration is read from $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (default /etc/xdg), then $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (default ~/.config), each overriding the previous one key by key; --config FILE or $STREAMVIBE_CONFIG replaces both. Keys no file sets keep their built-in defaults.</source>
        <translation>Mostra cada valor de configuração e sua origem. A configuração é lida de $XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (padrão /etc/xdg) e depois de $XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (padrão ~/.config); cada arquivo substitui o anterior chave por chave. --config ARQUIVO ou $STREAMVIBE_CONFIG substitui ambos. As chaves que nenhum arquivo define mantêm seus valores padrão embutidos.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>config show takes no arguments</source>
        <translation>config show não aceita argumentos</translation>
    </message>
    <message>
        <source>Configuration files, lowest priority first:</source>
        <translation>Arquivos de configuração, da menor para a maior prioridade:</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>Backend: not configured (set url in the [backend] group); sign-in, plans and sync are unavailable, the local library works offline.</source>
        <translation>Backend: não configurado (defina url no grupo [backend]); login, planos e sincronização estão indisponíveis, a biblioteca local funciona off-line.</translation>
    </message>
    <message>
        <source>Backend: %1 (local sandbox: every endpoint is on this machine)</source>
        <translation>Backend: %1 (sandbox local: todos os endpoints estão nesta máquina)</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect a YouTube, Instagram or TikTok account (sign-in in the browser).</source>
        <translation>Conectar uma conta do YouTube, Instagram ou TikTok (login no navegador).</translation>
    </message>
    <message>
        <source>connect [options] PLATFORM</source>
        <translation>connect [opções] PLATAFORMA</translation>
    </message>
    <message>
        <source>Opens the platform&apos;s sign-in page in the browser ($BROWSER, else the desktop&apos;s default) and waits for you to allow StreamVibe to read your published content. The link is also printed in case no browser opens. The sign-in is kept in the system keychain, never in a file. Connecting again reconnects the account; another account of the same platform replaces the connected one (its items stay in the library).</source>
        <translation>Abre a página de login da plataforma no navegador ($BROWSER ou, se não houver, o padrão da área de trabalho) e espera você permitir que o StreamVibe leia seu conteúdo publicado. O link também é exibido caso nenhum navegador abra. O login fica no chaveiro do sistema, nunca em um arquivo. Conectar de novo reconecta a conta; outra conta da mesma plataforma substitui a conectada (os itens dela ficam na biblioteca).</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram ou tiktok.</translation>
    </message>
    <message>
        <source>connect needs exactly one PLATFORM</source>
        <translation>connect precisa de exatamente uma PLATAFORMA</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it does not open, visit:</source>
        <translation>Faça login no seu navegador. Se ele não abrir, acesse:</translation>
    </message>
    <message>
        <source>Connected %1 account “%2” (%3). Run “%4 sync %5” to fetch its items.</source>
        <translation>Conta do %1 “%2” conectada (%3). Execute “%4 sync %5” para buscar os itens dela.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Disconnect a platform account: revoke access and delete its sign-in.</source>
        <translation>Desconectar uma conta de plataforma: revogar o acesso e apagar o login dela.</translation>
    </message>
    <message>
        <source>disconnect [options] PLATFORM</source>
        <translation>disconnect [opções] PLATAFORMA</translation>
    </message>
    <message>
        <source>Revokes StreamVibe&apos;s access where the platform supports it (YouTube), deletes the sign-in from the system keychain and forgets the account. Its items stay in the library unless --remove-items is given.</source>
        <translation>Revoga o acesso do StreamVibe onde a plataforma permite (YouTube), apaga o login do chaveiro do sistema e esquece a conta. Os itens dela continuam na biblioteca, a menos que --remove-items seja informado.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram ou tiktok.</translation>
    </message>
    <message>
        <source>Keep the account&apos;s items in the library (the default).</source>
        <translation>Manter os itens da conta na biblioteca (padrão).</translation>
    </message>
    <message>
        <source>Also remove the account&apos;s items from the library.</source>
        <translation>Remover também os itens da conta da biblioteca.</translation>
    </message>
    <message>
        <source>disconnect needs exactly one PLATFORM</source>
        <translation>disconnect precisa de exatamente uma PLATAFORMA</translation>
    </message>
    <message>
        <source>--keep-items and --remove-items exclude each other</source>
        <translation>--keep-items e --remove-items são mutuamente exclusivos</translation>
    </message>
    <message>
        <source>Disconnected %1.</source>
        <translation>Conta do %1 desconectada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>%n item removido da biblioteca.</numerusform>
            <numerusform>%n itens removidos da biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its items stay in the library.</source>
        <translation>Os itens dela continuam na biblioteca.</translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>Group %1 · kept by you</source>
        <translation>Grupo %1 · definido por você</translation>
    </message>
    <message>
        <source>Group %1 · score %2</source>
        <translation>Grupo %1 · pontuação %2</translation>
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
        <translation>VISUALIZAÇÕES</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>CURTIDAS</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMENTÁRIOS</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>COMPARTILHAMENTOS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Soma</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 e %2: %3</translation>
    </message>
    <message>
        <source>Show the clips cross-posted on several platforms as one, or confirm, split or merge them.</source>
        <translation>Mostrar como um só os clipes publicados em várias plataformas, ou confirmá-los, separá-los ou juntá-los.</translation>
    </message>
    <message>
        <source>groups [options] [confirm ITEM | split ITEM | merge ITEM ITEM]</source>
        <translation>groups [opções] [confirm ITEM | split ITEM | merge ITEM ITEM]</translation>
    </message>
    <message>
        <source>Lists the groups of the same clip posted on YouTube, TikTok and Instagram: items with similar titles (case, accents, punctuation, emoji, hashtags and mentions aside), durations at most 1 s apart and published at most 72 hours apart, one per platform. Each group shows its members&apos; figures, their sum (a platform without the figure is left out of it, never counted as 0) and why the items were grouped. &apos;confirm ITEM&apos; keeps the item&apos;s group as it is, &apos;split ITEM&apos; takes the item out of its group, &apos;merge ITEM ITEM&apos; makes one group of the two items&apos; groups: these decisions are kept across syncs.</source>
        <translation>Lista os grupos do mesmo clipe publicado no YouTube, TikTok e Instagram: itens com títulos semelhantes (ignorando maiúsculas, acentos, pontuação, emoji, hashtags e menções), durações com no máximo 1 s de diferença e publicados com no máximo 72 horas de diferença, um por plataforma. Cada grupo mostra os números de seus itens, a soma deles (uma plataforma sem o número fica fora dela, nunca contada como 0) e por que os itens foram agrupados. “confirm ITEM” mantém o grupo do item como está, “split ITEM” tira o item do grupo, “merge ITEM ITEM” faz um só grupo dos grupos dos dois itens: essas decisões são mantidas entre sincronizações.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>An item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation>O id de um item na biblioteca (o “id” de search --json).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>unknown groups action &apos;%1&apos; (use confirm, split or merge)</source>
        <translation>ação de groups desconhecida “%1” (use confirm, split ou merge)</translation>
    </message>
    <message>
        <source>groups merge needs two ITEMs</source>
        <translation>groups merge precisa de dois ITENS</translation>
    </message>
    <message>
        <source>groups %1 needs one ITEM</source>
        <translation>groups %1 precisa de um ITEM</translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation>ITEM deve ser um id de item (um número inteiro), não “%1”</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>nenhum item %1 na biblioteca</translation>
    </message>
    <message>
        <source>Item %1 is now on its own; it will not be grouped again unless you merge it.</source>
        <translation>O item %1 agora está sozinho; não será agrupado de novo a menos que você o junte.</translation>
    </message>
    <message>
        <source>No cross-posted clips found.</source>
        <translation>Nenhum clipe publicado em várias plataformas encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of cross-posted clips</source>
        <translation>
            <numerusform>%n grupo de clipes publicados em várias plataformas</numerusform>
            <numerusform>%n grupos de clipes publicados em várias plataformas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show an item&apos;s views, likes, comments and shares over time.</source>
        <translation>Mostrar as visualizações, curtidas, comentários e compartilhamentos de um item ao longo do tempo.</translation>
    </message>
    <message>
        <source>history [options] ITEM</source>
        <translation>history [opções] ITEM</translation>
    </message>
    <message>
        <source>Shows the counters recorded for ITEM, one line per day on which they changed. A metric its platform does not give is shown as a dash (null in JSON), never as 0.</source>
        <translation>Mostra os contadores registrados para ITEM, uma linha por dia em que mudaram. Uma métrica que a plataforma não fornece aparece como um traço (null em JSON), nunca como 0.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>The item&apos;s id in the library (the &quot;id&quot; of search --json).</source>
        <translation>O id do item na biblioteca (o “id” de search --json).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation>Exibir um documento JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>history needs one ITEM</source>
        <translation>history precisa de um ITEM</translation>
    </message>
    <message>
        <source>ITEM must be an item id (a whole number), not &apos;%1&apos;</source>
        <translation>ITEM deve ser um id de item (um número inteiro), não “%1”</translation>
    </message>
    <message>
        <source>no item %1 in the library</source>
        <translation>nenhum item %1 na biblioteca</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>No history recorded yet: the next sync records it.</source>
        <translation>Nenhum histórico registrado ainda: a próxima sincronização o registra.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DIA</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VISUALIZAÇÕES</translation>
    </message>
    <message>
        <source>LIKES</source>
        <translation>CURTIDAS</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMENTÁRIOS</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>COMPARTILHAMENTOS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>Instagram gives the views of its media only through their insights, and none were read for this item yet: each sync reads those of some media, the ones never read first, when the account allowed insights at connect.</source>
        <translation>O Instagram só informa as visualizações de suas mídias pelos insights, e nenhum foi lido ainda para este item: cada sincronização lê os de algumas mídias, primeiro as nunca lidas, quando a conta permitiu insights ao conectar.</translation>
    </message>
    <message>
        <source>Views from Instagram&apos;s insights since %1; the days before have none.</source>
        <translation>Visualizações dos insights do Instagram desde %1; os dias anteriores não têm.</translation>
    </message>
</context>
<context>
    <name>InvoicesCommand</name>
    <message>
        <source>List your invoices with links to their PDF.</source>
        <translation>Listar suas faturas com links para o PDF.</translation>
    </message>
    <message>
        <source>invoices [options]</source>
        <translation>invoices [opções]</translation>
    </message>
    <message>
        <source>Lists your invoices, newest first: date, number, amount, status and the link to the PDF. Invoices are always fetched from Stripe through the backend and never stored.</source>
        <translation>Lista suas faturas, da mais recente para a mais antiga: data, número, valor, status e o link para o PDF. As faturas sempre são buscadas no Stripe pelo backend e nunca são armazenadas.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>invoices takes no arguments</source>
        <translation>invoices não aceita argumentos</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Ainda não há faturas.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
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
        <translation>Gerenciar a biblioteca local de conteúdo de um perfil.</translation>
    </message>
    <message>
        <source>Import items from a JSON or CSV file (all or nothing).</source>
        <translation>Importar itens de um arquivo JSON ou CSV (tudo ou nada).</translation>
    </message>
    <message>
        <source>Export the whole library as JSON or CSV.</source>
        <translation>Exportar a biblioteca inteira como JSON ou CSV.</translation>
    </message>
    <message>
        <source>Show how many items the library holds, per platform.</source>
        <translation>Mostrar quantos itens a biblioteca contém, por plataforma.</translation>
    </message>
    <message>
        <source>File format: json or csv.</source>
        <translation>Formato de arquivo: json ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>library import [options] FILE</source>
        <translation>library import [opções] ARQUIVO</translation>
    </message>
    <message>
        <source>Imports the items of FILE into the library: new items are added, items already there (same platform, account and external_id) are updated. Nothing is imported if any item is invalid; the error names the item and the field. The format comes from the file name (.json, .csv) unless --format is given.</source>
        <translation>Importa os itens de ARQUIVO para a biblioteca: itens novos são adicionados e os que já existem (mesma plataforma, conta e external_id) são atualizados. Nada é importado se algum item for inválido; o erro indica o item e o campo. O formato vem do nome do arquivo (.json, .csv), a menos que --format seja informado.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>The JSON or CSV file to import; - reads standard input (with --format).</source>
        <translation>O arquivo JSON ou CSV a importar; - lê a entrada padrão (com --format).</translation>
    </message>
    <message>
        <source>library export [options] [FILE]</source>
        <translation>library export [opções] [ARQUIVO]</translation>
    </message>
    <message>
        <source>Writes every item of the library as JSON or CSV, in the format library import reads, to FILE or to standard output. The format comes from --format, else from the file name (.json, .csv), else JSON.</source>
        <translation>Grava todos os itens da biblioteca como JSON ou CSV, no formato que o library import lê, em ARQUIVO ou na saída padrão. O formato vem de --format; se não houver, do nome do arquivo (.json, .csv); se não, JSON.</translation>
    </message>
    <message>
        <source>Where to write (replaced atomically); standard output if omitted.</source>
        <translation>Onde gravar (substituído de forma atômica); a saída padrão se omitido.</translation>
    </message>
    <message>
        <source>library stats [options]</source>
        <translation>library stats [opções]</translation>
    </message>
    <message>
        <source>Shows the number of items per platform, the newest item, the last sync and the size of the library file.</source>
        <translation>Mostra o número de itens por plataforma, o item mais recente, a última sincronização e o tamanho do arquivo de biblioteca.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>library import needs the FILE to import</source>
        <translation>library import precisa do ARQUIVO a importar</translation>
    </message>
    <message>
        <source>library import takes one FILE, not %1</source>
        <translation>library import aceita um ARQUIVO, não %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use json or csv)</source>
        <translation>formato desconhecido “%1” (use json ou csv)</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its name: use --format json or --format csv</source>
        <translation>não é possível deduzir o formato de “%1” pelo nome: use --format json ou --format csv</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>não é possível ler a entrada padrão: %1</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>não é possível ler %1: é um diretório</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (nada foi importado)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n item importado de %1.</numerusform>
            <numerusform>%n itens importados de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>library export takes at most one FILE, not %1</source>
        <translation>library export aceita no máximo um ARQUIVO, não %1</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>a exportação falhou: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation>não é possível exportar para %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n item exportado para %1.</numerusform>
            <numerusform>%n itens exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>A biblioteca foi exportada para %1.</translation>
    </message>
    <message>
        <source>library stats takes no arguments</source>
        <translation>library stats não aceita argumentos</translation>
    </message>
    <message>
        <source>cannot read the library statistics: %1</source>
        <translation>não é possível ler as estatísticas da biblioteca: %1</translation>
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
        <translation>Arquivo de biblioteca:</translation>
    </message>
    <message>
        <source>Newest item:</source>
        <translation>Item mais recente:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronização:</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ITENS</translation>
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
        <translation>Fazer login na sua conta do StreamVibe (no navegador ou com e-mail e senha).</translation>
    </message>
    <message>
        <source>login [options]</source>
        <translation>login [opções]</translation>
    </message>
    <message>
        <source>Signs the profile in to StreamVibe. By default the sign-in happens in your browser: the command opens the sign-in page with $BROWSER (or the desktop&apos;s browser) and always prints the link to standard error, so that you can open it yourself, also on another screen of this machine. With --email and --password-stdin the password is read from the first line of standard input (never from the command line). The session is kept in the system keyring only and is shared with the desktop app.</source>
        <translation>Faz o login do perfil no StreamVibe. Por padrão, o login acontece no seu navegador: o comando abre a página de login com $BROWSER (ou o navegador da área de trabalho) e sempre exibe o link na saída de erro padrão, para que você mesmo possa abri-lo, inclusive em outra tela desta máquina. Com --email e --password-stdin, a senha é lida da primeira linha da entrada padrão (nunca da linha de comando). A sessão fica apenas no chaveiro do sistema e é compartilhada com o aplicativo de desktop.</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address (needs --password-stdin).</source>
        <translation>Fazer login com este endereço de e-mail (precisa de --password-stdin).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Ler a senha da primeira linha da entrada padrão.</translation>
    </message>
    <message>
        <source>The sign-in provider of the browser sign-in (default: google).</source>
        <translation>O provedor do login no navegador (padrão: google).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Do not start a browser: only print the link to open.</source>
        <translation>Não abrir um navegador: só exibir o link a abrir.</translation>
    </message>
    <message>
        <source>Give up the browser sign-in after this many seconds (default: 300).</source>
        <translation>Desistir do login no navegador após esta quantidade de segundos (padrão: 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation>login não aceita argumentos</translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation>--password-stdin precisa de --email</translation>
    </message>
    <message>
        <source>--email needs --password-stdin (a password is never taken from the command line)</source>
        <translation>--email precisa de --password-stdin (uma senha nunca é lida da linha de comando)</translation>
    </message>
    <message>
        <source>--provider and --no-browser are for the browser sign-in</source>
        <translation>--provider e --no-browser são para o login no navegador</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout precisa de um número positivo de segundos</translation>
    </message>
    <message>
        <source>--provider needs a name</source>
        <translation>--provider precisa de um nome</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>nenhuma senha na entrada padrão</translation>
    </message>
    <message>
        <source>Open this link in your browser to sign in:</source>
        <translation>Abra este link no seu navegador para fazer login:</translation>
    </message>
    <message>
        <source>No browser could be started: open the link above yourself.</source>
        <translation>Não foi possível abrir um navegador: abra você mesmo o link acima.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign out of your StreamVibe account.</source>
        <translation>Sair da sua conta do StreamVibe.</translation>
    </message>
    <message>
        <source>logout [options]</source>
        <translation>logout [opções]</translation>
    </message>
    <message>
        <source>Signs the profile out: the session is removed from the system keyring, revoked on the server when it can be reached, and the account&apos;s cached data (plan, usage) is removed from the profile. The local content library is kept. Signing out when nobody is signed in does nothing.</source>
        <translation>Faz o logout do perfil: a sessão é removida do chaveiro do sistema, revogada no servidor quando ele está acessível, e os dados da conta em cache (plano, uso) são removidos do perfil. A biblioteca local de conteúdo é mantida. Sair quando ninguém está conectado não faz nada.</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout não aceita argumentos</translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation>%1 saiu da conta.</translation>
    </message>
    <message>
        <source>Nobody was signed in.</source>
        <translation>Ninguém estava conectado.</translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>List the plans with their prices, quota and overage price.</source>
        <translation>Listar os planos com seus preços, cota e preço de excedente.</translation>
    </message>
    <message>
        <source>plans [options]</source>
        <translation>plans [opções]</translation>
    </message>
    <message>
        <source>Lists the plans offered (Free, Basic, Premium...) with their monthly and yearly prices in your locale, the API units included per month and the price of extra units. Your current plan is marked with &apos;*&apos;.</source>
        <translation>Lista os planos oferecidos (Free, Basic, Premium...) com seus preços mensais e anuais na sua localidade, as unidades de API incluídas por mês e o preço das unidades extras. Seu plano atual é marcado com “*”.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Prices in CURRENCY (usd, eur or jpy); default from the locale.</source>
        <translation>Preços em MOEDA (usd, eur ou jpy); por padrão, conforme a localidade.</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>MOEDA</translation>
    </message>
    <message>
        <source>plans takes no arguments</source>
        <translation>plans não aceita argumentos</translation>
    </message>
    <message>
        <source>not a currency code: %1</source>
        <translation>não é um código de moeda: %1</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLANO</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MENSAL</translation>
    </message>
    <message>
        <source>YEARLY</source>
        <translation>ANUAL</translation>
    </message>
    <message>
        <source>UNITS/MONTH</source>
        <translation>UNIDADES/MÊS</translation>
    </message>
    <message>
        <source>OVERAGE/1,000</source>
        <translation>EXCEDENTE/1.000</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the local library (offline full-text search).</source>
        <translation>Pesquisar na biblioteca local (pesquisa de texto completo off-line).</translation>
    </message>
    <message>
        <source>search [options] QUERY...</source>
        <translation>search [opções] CONSULTA...</translation>
    </message>
    <message>
        <source>Searches titles and descriptions in the local library; the last word also matches as a prefix. An empty QUERY (&quot;&quot;) lists everything that passes the filters.</source>
        <translation>Pesquisa títulos e descrições na biblioteca local; a última palavra também corresponde como prefixo. Uma CONSULTA vazia (&quot;&quot;) lista tudo o que passa pelos filtros.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>CONSULTA</translation>
    </message>
    <message>
        <source>The words to look for; several words are joined.</source>
        <translation>As palavras a procurar; se houver várias, todas devem aparecer.</translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok (repeat or separate with commas for several).</source>
        <translation>Somente esta plataforma: youtube, instagram ou tiktok (repita a opção ou separe com vírgulas para indicar várias).</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordem</translation>
    </message>
    <message>
        <source>Show at most N items (1-%1, default %2).</source>
        <translation>Mostrar no máximo N itens (1-%1, padrão %2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N items (default 0).</source>
        <translation>Pular os primeiros N itens (padrão 0).</translation>
    </message>
    <message>
        <source>Print a JSON document instead of a table.</source>
        <translation>Exibir um documento JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>search needs a QUERY (&quot;&quot; lists everything)</source>
        <translation>search precisa de uma CONSULTA (&quot;&quot; lista tudo)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation>plataforma desconhecida “%1” (use youtube, instagram ou tiktok)</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit precisa de um número inteiro de 1 a %1, não “%2”</translation>
    </message>
    <message>
        <source>--offset needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--offset precisa de um número inteiro maior ou igual a 0, não “%1”</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>a pesquisa falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match, none after --offset %1.</source>
        <translation>
            <numerusform>%n item corresponde, nenhum após --offset %1.</numerusform>
            <numerusform>%n itens correspondem, nenhum após --offset %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>Nenhum item corresponde.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>VIEWS</source>
        <translation>VISUALIZAÇÕES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n itens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items %1-%2 of %3.</source>
        <translation>Itens %1-%2 de %3.</translation>
    </message>
    <message>
        <source>Order: relevance (default), newest, views, likes, comments, engagement ((likes + comments + shares) / views) or gained (views gained in --period).</source>
        <translation>Ordem: relevance (padrão), newest, views, likes, comments, engagement ((curtidas + comentários + compartilhamentos) / visualizações) ou gained (visualizações ganhas em --period).</translation>
    </message>
    <message>
        <source>The period of --sort gained, ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation>O período de --sort gained, terminando hoje: 7d, 28d (padrão), 90d ou 365d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>Only the items of this account: its platform id, handle or name (as `accounts` lists them).</source>
        <translation>Somente os itens desta conta: o id dela na plataforma, o identificador ou o nome (como `accounts` os lista).</translation>
    </message>
    <message>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; (use relevance, newest, views, likes, comments, engagement or gained)</source>
        <translation>ordem desconhecida “%1” (use relevance, newest, views, likes, comments, engagement ou gained)</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation>período desconhecido “%1” (use 7d, 28d, 90d ou 365d)</translation>
    </message>
    <message>
        <source>Only the items posted on more than one platform (the groups of `groups`).</source>
        <translation>Somente os itens publicados em mais de uma plataforma (os grupos de `groups`).</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Show views gained, top movers, best posting times and follower trend.</source>
        <translation>Mostrar as visualizações ganhas, os itens que mais subiram, os melhores horários de publicação e a evolução dos seguidores.</translation>
    </message>
    <message>
        <source>stats [options]</source>
        <translation>stats [opções]</translation>
    </message>
    <message>
        <source>Sums up the period from the history the syncs recorded in the local library: views gained, the items that gained most, the average views of an item by the weekday and hour (UTC) it was published, and each account&apos;s follower trend.</source>
        <translation>Resume o período a partir do histórico que as sincronizações registraram na biblioteca local: visualizações ganhas, os itens que mais ganharam, a média de visualizações de um item por dia da semana e hora (UTC) de publicação e a evolução de seguidores de cada conta.</translation>
    </message>
    <message>
        <source>The period ending today: 7d, 28d (default), 90d or 365d.</source>
        <translation>O período terminando hoje: 7d, 28d (padrão), 90d ou 365d.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>Only this platform: youtube, instagram or tiktok.</source>
        <translation>Somente esta plataforma: youtube, instagram ou tiktok.</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation>stats não aceita argumentos</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 7d, 28d, 90d or 365d)</source>
        <translation>período desconhecido “%1” (use 7d, 28d, 90d ou 365d)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use youtube, instagram or tiktok)</source>
        <translation>plataforma desconhecida “%1” (use youtube, instagram ou tiktok)</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 a %2, %3</translation>
    </message>
    <message>
        <source>all platforms</source>
        <translation>todas as plataformas</translation>
    </message>
    <message>
        <source>Views gained: %1</source>
        <translation>Visualizações ganhas: %1</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Os que mais subiram</translation>
    </message>
    <message>
        <source>No item gained views in this period.</source>
        <translation>Nenhum item ganhou visualizações neste período.</translation>
    </message>
    <message>
        <source>GAINED</source>
        <translation>GANHAS</translation>
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
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1:00 %2</source>
        <translation>%1h00 %2</translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation>Dias: %1</translation>
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
        <translation>Nenhuma contagem de seguidores registrada ainda.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CONTA</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INÍCIO</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>AGORA</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>VARIAÇÃO</translation>
    </message>
    <message numerus="yes">
        <source>%n Instagram item(s) without views from insights by the period&apos;s end are not counted.</source>
        <translation>
            <numerusform>%n item do Instagram sem visualizações dos insights até o fim do período não é contado.</numerusform>
            <numerusform>%n itens do Instagram sem visualizações dos insights até o fim do período não são contados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Best posting days and hours (average views gained in the period by the items published in it, by publishing time in UTC)</source>
        <translation>Melhores dias e horários para publicar (média de visualizações ganhas no período pelos itens publicados nele, por horário de publicação em UTC)</translation>
    </message>
    <message>
        <source>Too few items with known views were published in this period to compare (%1 of at least %2): choose a longer period.</source>
        <translation>Poucos itens com visualizações conhecidas foram publicados neste período para comparar (%1 de pelo menos %2): escolha um período mais longo.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether you are signed in, as whom, and the state of the keyring.</source>
        <translation>Mostrar se você fez login, com qual conta e o estado do chaveiro.</translation>
    </message>
    <message>
        <source>status [options]</source>
        <translation>status [opções]</translation>
    </message>
    <message>
        <source>Shows whether the profile is signed in, the account&apos;s e-mail address, until when the current access token is valid, and whether the system keyring holding the session can be used. An expired access token is renewed when the server can be reached. No token is ever printed.</source>
        <translation>Mostra se o perfil está conectado, o endereço de e-mail da conta, até quando o token de acesso atual é válido e se o chaveiro do sistema que guarda a sessão pode ser usado. Um token de acesso expirado é renovado quando o servidor está acessível. Nenhum token é exibido, nunca.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation>status não aceita argumentos</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <source>Access token valid until %1.</source>
        <translation>Token de acesso válido até %1.</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached to renew the session.</source>
        <translation>Off-line: não foi possível acessar o servidor para renovar a sessão.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Você não fez login.</translation>
    </message>
    <message>
        <source>Keyring: %1.</source>
        <translation>Chaveiro: %1.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponível</translation>
    </message>
</context>
<context>
    <name>SyncCliServices</name>
    <message>
        <source>unknown platform &apos;%1&apos; (use %2)</source>
        <translation>plataforma desconhecida “%1” (use %2)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Fetch new items of the connected accounts into the library.</source>
        <translation>Trazer para a biblioteca os itens novos das contas conectadas.</translation>
    </message>
    <message>
        <source>sync [options] [PLATFORM...]</source>
        <translation>sync [opções] [PLATAFORMA...]</translation>
    </message>
    <message>
        <source>Syncs the connected accounts of the named platforms (all connected accounts when none is named): new items are added, known ones updated, and the statistics of recent items refreshed. Progress is printed to standard error, one line per page. The new items are counted against your plan (beyond the quota they are billed as overage). The exit status is 2 if any sync failed.</source>
        <translation>Sincroniza as contas conectadas das plataformas indicadas (todas as contas conectadas quando nenhuma é indicada): itens novos são adicionados, os já conhecidos são atualizados e as estatísticas dos itens recentes são renovadas. O progresso é exibido na saída de erro padrão, uma linha por página. Os itens novos contam para o seu plano (acima da cota, são cobrados como excedente). O código de saída é 2 se alguma sincronização falhar.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>youtube, instagram or tiktok.</source>
        <translation>youtube, instagram ou tiktok.</translation>
    </message>
    <message>
        <source>Print the summary as a JSON document.</source>
        <translation>Exibir o resumo como um documento JSON.</translation>
    </message>
    <message>
        <source>no account is connected: run “%1 connect PLATFORM” first.</source>
        <translation>nenhuma conta está conectada: execute primeiro “%1 connect PLATAFORMA”.</translation>
    </message>
    <message>
        <source>%1: page %2, %3 items (%4 new)</source>
        <translation>%1: página %2, %3 itens (%4 novos)</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: cancelada.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falhou: %2</translation>
    </message>
    <message>
        <source>error: %1 sync failed: %2</source>
        <translation>erro: a sincronização de %1 falhou: %2</translation>
    </message>
    <message>
        <source>Run “%1 connect %2” to reconnect the account.</source>
        <translation>Execute “%1 connect %2” para reconectar a conta.</translation>
    </message>
    <message>
        <source>%1: %2; %3 in the library.</source>
        <translation>%1: %2; %3 na biblioteca.</translation>
    </message>
</context>
<context>
    <name>UsageCommand</name>
    <message>
        <source>Show the quota and usage of the current billing period.</source>
        <translation>Mostrar a cota e o uso do período de cobrança atual.</translation>
    </message>
    <message>
        <source>usage [options]</source>
        <translation>usage [opções]</translation>
    </message>
    <message>
        <source>Shows your plan, the quota, the units used and remaining in this billing period, the reset date, the units over the quota and the estimated overage charge. Offline, the last figures received are shown with a warning giving their age.</source>
        <translation>Mostra seu plano, a cota, as unidades usadas e restantes neste período de cobrança, a data de renovação, as unidades acima da cota e a cobrança estimada de excedente. Off-line, os últimos números recebidos são mostrados com um aviso informando a idade deles.</translation>
    </message>
    <message>
        <source>Print a JSON document instead of text.</source>
        <translation>Exibir um documento JSON em vez de texto.</translation>
    </message>
    <message>
        <source>usage takes no arguments</source>
        <translation>usage não aceita argumentos</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Cota:</translation>
    </message>
    <message numerus="yes">
        <source>%1 unit(s)</source>
        <translation>
            <numerusform>%1 unidade</numerusform>
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
            <numerusform>%1 unidade (%2%)</numerusform>
            <numerusform>%1 unidades (%2%)</numerusform>
        </translation>
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
        <source>unknown (plans unavailable)</source>
        <translation>desconhecido (planos indisponíveis)</translation>
    </message>
    <message>
        <source>none (no overage billing on this plan)</source>
        <translation>nenhuma (este plano não cobra excedente)</translation>
    </message>
    <message>
        <source>Warning: the quota is used up; further usage is billed as overage.</source>
        <translation>Aviso: a cota se esgotou; o uso adicional é cobrado como excedente.</translation>
    </message>
    <message>
        <source>Warning: %1 % of the quota is used.</source>
        <translation>Aviso: %1% da cota foi usada.</translation>
    </message>
</context>
</TS>
