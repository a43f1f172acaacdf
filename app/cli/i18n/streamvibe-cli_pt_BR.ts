<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
    <name>AppConfig</name>
    <message>
        <source>this looks like a secret, and secrets never go in this file (every user can read it); remove it: StreamVibe is a public client and keeps its credentials in the system keychain</source>
        <translation>isto parece um segredo, e segredos nunca devem ficar neste arquivo (qualquer usuário pode lê-lo); remova-o: o StreamVibe é um cliente público e guarda suas credenciais no chaveiro do sistema</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>is not a valid URL (%1)</source>
        <translation>não é uma URL válida (%1)</translation>
    </message>
    <message>
        <source>must be an absolute https:// URL: %1</source>
        <translation>deve ser uma URL https:// absoluta: %1</translation>
    </message>
    <message>
        <source>has no host name: %1</source>
        <translation>não tem nome de host: %1</translation>
    </message>
    <message>
        <source>must not carry a user name or password: %1</source>
        <translation>não pode conter nome de usuário nem senha: %1</translation>
    </message>
    <message>
        <source>http:// is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), use https://: %1</source>
        <translation>http:// só é permitido para hosts de loopback (127.0.0.0/8, ::1, localhost); use https://: %1</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>padrão embutido</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>arquivo do sistema</translation>
    </message>
    <message>
        <source>user file</source>
        <translation>arquivo do usuário</translation>
    </message>
    <message>
        <source>--config file</source>
        <translation>arquivo de --config</translation>
    </message>
    <message>
        <source>$STREAMVIBE_CONFIG file</source>
        <translation>arquivo de $STREAMVIBE_CONFIG</translation>
    </message>
    <message>
        <source>Configuration file %1 not found</source>
        <translation>Arquivo de configuração %1 não encontrado</translation>
    </message>
    <message>
        <source>Configuration file %1 cannot be read</source>
        <translation>Não é possível ler o arquivo de configuração %1</translation>
    </message>
    <message>
        <source>Configuration file %1 is not a valid INI file</source>
        <translation>O arquivo de configuração %1 não é um arquivo INI válido</translation>
    </message>
    <message>
        <source>%1: key %2 is outside any group and is ignored</source>
        <translation>%1: a chave %2 está fora de qualquer grupo e é ignorada</translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation>%1: o grupo desconhecido [%2] é ignorado</translation>
    </message>
    <message>
        <source>%1: unknown key %2 is ignored</source>
        <translation>%1: a chave desconhecida %2 é ignorada</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Não é possível criar o diretório %1</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Não é possível substituir %1</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1</source>
        <translation>Não é possível gravar o arquivo de configuração %1</translation>
    </message>
    <message>
        <source>must be a whole number of seconds above 0</source>
        <translation>deve ser um número inteiro de segundos maior que 0</translation>
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
        <source>Order: relevance (default), newest or views.</source>
        <translation>Ordem: relevance (relevância, padrão), newest (mais recentes) ou views (mais vistos).</translation>
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
        <source>unknown order &apos;%1&apos; (use relevance, newest or views)</source>
        <translation>ordem desconhecida “%1” (use relevance, newest ou views)</translation>
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
        <source>of about %1</source>
        <translation>de cerca de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new item(s), %2 in the library.</source>
        <translation>
            <numerusform>%1: %n item novo, %2 na biblioteca.</numerusform>
            <numerusform>%1: %n itens novos, %2 na biblioteca.</numerusform>
        </translation>
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
<context>
    <name>sv::AccountStore</name>
    <message>
        <source>The library is closing; try again.</source>
        <translation>A biblioteca está sendo fechada; tente novamente.</translation>
    </message>
</context>
<context>
    <name>sv::ApiError</name>
    <message>
        <source>You appear to be offline: the server could not be reached.</source>
        <translation>Parece que você está off-line: não foi possível acessar o servidor.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>O servidor demorou demais para responder. Tente novamente.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified. Check your network or system date.</source>
        <translation>Não foi possível verificar a conexão segura. Verifique sua rede ou a data do sistema.</translation>
    </message>
    <message>
        <source>This address is not allowed: connections must use HTTPS.</source>
        <translation>Este endereço não é permitido: as conexões devem usar HTTPS.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>O servidor enviou uma resposta que o aplicativo não consegue ler.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Sua sessão expirou. Faça login novamente.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Você não tem permissão para fazer isso.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>O item solicitado não foi encontrado.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Solicitações demais. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again later.</source>
        <translation>O serviço está temporariamente indisponível. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>O servidor recusou a solicitação: %1</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>O servidor recusou a solicitação.</translation>
    </message>
</context>
<context>
    <name>sv::AuthError</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Você não fez login.</translation>
    </message>
    <message>
        <source>No StreamVibe server is configured, so signing in is not possible. StreamVibe works offline with your local library.</source>
        <translation>Nenhum servidor do StreamVibe está configurado, então não é possível fazer login. O StreamVibe funciona off-line com sua biblioteca local.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>O endereço de e-mail ou a senha está incorreto.</translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet. Open the link in the confirmation e-mail, then sign in.</source>
        <translation>Este endereço de e-mail ainda não foi confirmado. Abra o link do e-mail de confirmação e depois faça login.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation>Já existe uma conta com este endereço de e-mail. Faça login com ela.</translation>
    </message>
    <message>
        <source>The password is too weak: use at least 6 characters.</source>
        <translation>A senha é fraca demais: use pelo menos 6 caracteres.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>O endereço de e-mail não é válido.</translation>
    </message>
    <message>
        <source>The sign-in from the browser could not be completed (the code was already used or has expired). Start the sign-in again.</source>
        <translation>Não foi possível concluir o login pelo navegador (o código já foi usado ou expirou). Inicie o login novamente.</translation>
    </message>
</context>
<context>
    <name>sv::AuthFlowError</name>
    <message>
        <source>StreamVibe could not open a local port to receive the sign-in result (%1). Check that nothing blocks connections to 127.0.0.1 and try again.</source>
        <translation>O StreamVibe não conseguiu abrir uma porta local para receber o resultado do login (%1). Verifique se nada bloqueia as conexões com 127.0.0.1 e tente novamente.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was rejected for your safety. Start the sign-in again from StreamVibe.</source>
        <translation>A resposta de login não pertencia a esta tentativa e foi rejeitada para sua segurança. Inicie o login novamente pelo StreamVibe.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so StreamVibe was not connected.</source>
        <translation>O acesso foi negado no navegador, então o StreamVibe não foi conectado.</translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1.</source>
        <translation>O provedor de login informou um erro: %1.</translation>
    </message>
    <message>
        <source>The sign-in provider reported an error: %1 (%2).</source>
        <translation>O provedor de login informou um erro: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in response carried no authorization code. Start the sign-in again from StreamVibe.</source>
        <translation>A resposta de login não trouxe nenhum código de autorização. Inicie o login novamente pelo StreamVibe.</translation>
    </message>
    <message>
        <source>The sign-in response was malformed and was rejected. Start the sign-in again from StreamVibe.</source>
        <translation>A resposta de login estava malformada e foi rejeitada. Inicie o login novamente pelo StreamVibe.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Start it again from StreamVibe when you are ready.</source>
        <translation>O login não foi concluído a tempo. Inicie-o novamente pelo StreamVibe quando estiver pronto.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
</context>
<context>
    <name>sv::CheckoutFlow</name>
    <message>
        <source>Payment confirmed: your plan is now “%1”.</source>
        <translation>Pagamento confirmado: seu plano agora é “%1”.</translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged.</source>
        <translation>O pagamento foi cancelado. Seu plano não mudou.</translation>
    </message>
    <message>
        <source>Checkout was stopped. If you completed the payment, your new plan will appear shortly.</source>
        <translation>O pagamento foi interrompido. Se você concluiu o pagamento, seu novo plano aparecerá em breve.</translation>
    </message>
    <message>
        <source>The payment was not confirmed in time. If you completed it, your new plan will appear shortly; otherwise start again.</source>
        <translation>O pagamento não foi confirmado a tempo. Se você o concluiu, seu novo plano aparecerá em breve; caso contrário, comece de novo.</translation>
    </message>
    <message>
        <source>Checkout could not be started.</source>
        <translation>Não foi possível iniciar o pagamento.</translation>
    </message>
    <message>
        <source>A checkout is already in progress.</source>
        <translation>Já há um pagamento em andamento.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pagamento recebido</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Você pode fechar esta aba e voltar ao StreamVibe.</translation>
    </message>
    <message>
        <source>Checkout not completed</source>
        <translation>Pagamento não concluído</translation>
    </message>
    <message>
        <source>Checkout was cancelled. Your plan is unchanged; you can close this tab.</source>
        <translation>O pagamento foi cancelado. Seu plano não mudou; você pode fechar esta aba.</translation>
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
        <translation>Off-line — dados de %1 (há %2)</translation>
    </message>
</context>
<context>
    <name>sv::LibraryDatabase</name>
    <message>
        <source>The library file is damaged (%1). Restore it from a backup or move it away to start a new library.</source>
        <translation>O arquivo de biblioteca está danificado (%1). Restaure-o de um backup ou mova-o para outro lugar para começar uma nova biblioteca.</translation>
    </message>
    <message>
        <source>%1: the library is busy in another StreamVibe window or command. Try again.</source>
        <translation>%1: a biblioteca está em uso em outra janela ou comando do StreamVibe. Tente novamente.</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: o disco está cheio.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not prepare a library query</source>
        <translation>Não foi possível preparar uma consulta à biblioteca</translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation>Nenhum arquivo de biblioteca foi informado.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <source>%1 is not a StreamVibe library (it is not an SQLite database). The file was left untouched.</source>
        <translation>%1 não é uma biblioteca do StreamVibe (não é um banco de dados SQLite). O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>The folder of the library file %1 does not exist.</source>
        <translation>A pasta do arquivo de biblioteca %1 não existe.</translation>
    </message>
    <message>
        <source>Cannot open the library file %1</source>
        <translation>Não é possível abrir o arquivo de biblioteca %1</translation>
    </message>
    <message>
        <source>%1 cannot be used as a library</source>
        <translation>%1 não pode ser usado como biblioteca</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not StreamVibe. The file was left untouched.</source>
        <translation>%1 pertence a outro aplicativo, não ao StreamVibe. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a StreamVibe library. The file was left untouched.</source>
        <translation>%1 é um banco de dados SQLite, mas não uma biblioteca do StreamVibe. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of StreamVibe (library format %2; this version reads up to %3). Update StreamVibe to open it; the file was left untouched.</source>
        <translation>%1 foi gravado por uma versão mais recente do StreamVibe (formato de biblioteca %2; esta versão lê até o %3). Atualize o StreamVibe para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2). It was left untouched.</source>
        <translation>O arquivo de biblioteca %1 está danificado (%2). Ele não foi alterado.</translation>
    </message>
    <message>
        <source>SQLite refused to enable foreign keys on %1.</source>
        <translation>O SQLite se recusou a ativar as chaves estrangeiras em %1.</translation>
    </message>
    <message>
        <source>The library file %1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); put the profile on a local disk.</source>
        <translation>O arquivo de biblioteca %1 não pode usar o registro antecipado de gravação (o modo de diário é “%2”); coloque o perfil em um disco local.</translation>
    </message>
    <message>
        <source>Could not upgrade the library to format %1</source>
        <translation>Não foi possível atualizar a biblioteca para o formato %1</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>A biblioteca não está aberta.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation>Item %1, campo “%2”: %3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>não pode ser negativo</translation>
    </message>
    <message>
        <source>Could not save to the library</source>
        <translation>Não foi possível salvar na biblioteca</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gives no native handle.</source>
        <translation>%1: o driver do SQLite não fornece um identificador nativo.</translation>
    </message>
    <message>
        <source>Could not save items %1 to %2</source>
        <translation>Não foi possível salvar os itens de %1 a %2</translation>
    </message>
    <message>
        <source>Could not save item %1</source>
        <translation>Não foi possível salvar o item %1</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>A pesquisa falhou</translation>
    </message>
    <message>
        <source>Could not read item %1</source>
        <translation>Não foi possível ler o item %1</translation>
    </message>
    <message>
        <source>The library has no item %1.</source>
        <translation>A biblioteca não tem nenhum item %1.</translation>
    </message>
    <message>
        <source>Could not remove the account&apos;s items</source>
        <translation>Não foi possível remover os itens da conta</translation>
    </message>
    <message>
        <source>Could not read the library statistics</source>
        <translation>Não foi possível ler as estatísticas da biblioteca</translation>
    </message>
    <message>
        <source>The import file is not readable.</source>
        <translation>O arquivo de importação não pode ser lido.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Could not read the connected accounts</source>
        <translation>Não foi possível ler as contas conectadas</translation>
    </message>
    <message>
        <source>Could not save the connected account</source>
        <translation>Não foi possível salvar a conta conectada</translation>
    </message>
    <message>
        <source>%1: the account has no id.</source>
        <translation>%1: a conta não tem id.</translation>
    </message>
    <message>
        <source>Could not remove the connected account</source>
        <translation>Não foi possível remover a conta conectada</translation>
    </message>
    <message>
        <source>Item %1 does not belong to the account being synced.</source>
        <translation>O item %1 não pertence à conta que está sendo sincronizada.</translation>
    </message>
    <message>
        <source>Could not read the library</source>
        <translation>Não foi possível ler a biblioteca</translation>
    </message>
    <message>
        <source>Could not write the job log</source>
        <translation>Não foi possível gravar o registro de tarefas</translation>
    </message>
    <message>
        <source>Could not read the usage to report</source>
        <translation>Não foi possível ler o uso a informar</translation>
    </message>
    <message>
        <source>Could not update the usage to report</source>
        <translation>Não foi possível atualizar o uso a informar</translation>
    </message>
    <message>
        <source>Could not check the library file</source>
        <translation>Não foi possível verificar o arquivo de biblioteca</translation>
    </message>
    <message>
        <source>The library file %1 is damaged (%2), so nothing is written to it. Restore it from a backup, or move it away to start a new library (exporting the library first may still save its items).</source>
        <translation>O arquivo de biblioteca %1 está danificado (%2), por isso nada é gravado nele. Restaure-o de um backup ou mova-o para outro lugar para começar uma nova biblioteca (exportar a biblioteca antes ainda pode salvar seus itens).</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2)</source>
        <translation>é longo demais (%1 caracteres; no máximo %2)</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>é grande demais (encontrado %1; no máximo %2)</translation>
    </message>
</context>
<context>
    <name>sv::LibraryFileFormat</name>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3</source>
        <translation>Item %1, campo “%2”: %3</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <source>is required (youtube, instagram or tiktok)</source>
        <translation>é obrigatório (youtube, instagram ou tiktok)</translation>
    </message>
    <message>
        <source>%1 is not a platform (use youtube, instagram or tiktok)</source>
        <translation>%1 não é uma plataforma (use youtube, instagram ou tiktok)</translation>
    </message>
    <message>
        <source>is required and must not be empty</source>
        <translation>é obrigatório e não pode ficar vazio</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (e.g. 2024-03-01T18:30:00Z)</source>
        <translation>%1 não é uma data e hora ISO 8601 (p. ex., 2024-03-01T18:30:00Z)</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>não pode ser negativo (encontrado: %1)</translation>
    </message>
    <message>
        <source>the JSON is malformed at line %1, column %2 (%3)</source>
        <translation>o JSON está malformado na linha %1, coluna %2 (%3)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>O arquivo não é um JSON válido: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>deve ser um número inteiro, não %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>outro tipo</translation>
    </message>
    <message>
        <source>must be a whole number (found %1)</source>
        <translation>deve ser um número inteiro (encontrado: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma string</translation>
    </message>
    <message>
        <source>Line %1 (header), column &quot;%2&quot;: %3</source>
        <translation>Linha %1 (cabeçalho), coluna “%2”: %3</translation>
    </message>
    <message>
        <source>(record starting on line %1)</source>
        <translation>(registro iniciado na linha %1)</translation>
    </message>
    <message>
        <source>a quoted value is not closed (missing &quot;)</source>
        <translation>um valor entre aspas não foi fechado (falta &quot;)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a value must be doubled: &quot;&quot;)</source>
        <translation>texto inesperado após uma aspa de fechamento (uma aspa dentro de um valor deve ser duplicada: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted value (quote the whole value and double the quote: &quot;&quot;)</source>
        <translation>uma aspa dentro de um valor sem aspas (coloque o valor inteiro entre aspas e duplique a aspa: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a carriage return inside an unquoted value</source>
        <translation>um retorno de carro dentro de um valor sem aspas</translation>
    </message>
    <message>
        <source>The file must contain a JSON array of items ([{...}, ...]).</source>
        <translation>O arquivo deve conter um array JSON de itens ([{...}, ...]).</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>O arquivo CSV não é texto UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file is empty: it needs a header row (%1).</source>
        <translation>O arquivo CSV está vazio: ele precisa de uma linha de cabeçalho (%1).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
    <message>
        <source>The CSV header names the column &quot;%1&quot; twice.</source>
        <translation>O cabeçalho CSV cita a coluna “%1” duas vezes.</translation>
    </message>
    <message>
        <source>The CSV header has no &quot;%1&quot; column (required: platform, account, external_id).</source>
        <translation>O cabeçalho CSV não tem a coluna “%1” (obrigatórias: platform, account, external_id).</translation>
    </message>
    <message>
        <source>has %1 values but the header has %2 columns (line %3)</source>
        <translation>tem %1 valores, mas o cabeçalho tem %2 colunas (linha %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 não é um número inteiro</translation>
    </message>
    <message>
        <source>Could not write the export file.</source>
        <translation>Não foi possível gravar o arquivo de exportação.</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>Não foi possível gravar o arquivo de exportação: %1</translation>
    </message>
    <message>
        <source>is too large (found %1; at most %2)</source>
        <translation>é grande demais (encontrado %1; no máximo %2)</translation>
    </message>
</context>
<context>
    <name>sv::LibraryService</name>
    <message>
        <source>The library is not open.</source>
        <translation>A biblioteca não está aberta.</translation>
    </message>
    <message>
        <source>The library was closed before the operation could run.</source>
        <translation>A biblioteca foi fechada antes que a operação pudesse ser executada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>sv::LoopbackListener</name>
    <message>
        <source>the listener was not started</source>
        <translation>o receptor não foi iniciado</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Falha no login</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Login concluído</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Você pode fechar esta aba e voltar ao StreamVibe.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>This address only receives the result of signing in to StreamVibe.</source>
        <translation>Este endereço só recebe o resultado do login no StreamVibe.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tempo da solicitação esgotado</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>A solicitação demorou demais.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitação grande demais</translation>
    </message>
    <message>
        <source>The request was too large to be processed.</source>
        <translation>A solicitação era grande demais para ser processada.</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Endereço incorreto</translation>
    </message>
    <message>
        <source>This request was not sent to the address StreamVibe opened for signing in.</source>
        <translation>Esta solicitação não foi enviada ao endereço que o StreamVibe abriu para o login.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitação inválida</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>Não foi possível entender a solicitação.</translation>
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
        <translation>Faça login no StreamVibe para conectar %1.</translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read (%2).</source>
        <translation>%1 enviou uma resposta que o StreamVibe não consegue ler (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check your internet connection.</source>
        <translation>Não foi possível acessar o %1. Verifique sua conexão com a internet.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Please try again.</source>
        <translation>O %1 demorou demais para responder. Tente novamente.</translation>
    </message>
    <message>
        <source>%1 did not accept the saved sign-in.</source>
        <translation>O %1 não aceitou o login salvo.</translation>
    </message>
    <message>
        <source>The connection to %1 has expired or was revoked. Reconnect the account.</source>
        <translation>A conexão com o %1 expirou ou foi revogada. Reconecte a conta.</translation>
    </message>
    <message>
        <source>%1 is limiting requests. Please wait a moment and try again.</source>
        <translation>O %1 está limitando as solicitações. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>The daily %1 API quota is used up. Try again tomorrow.</source>
        <translation>A cota diária da API do %1 se esgotou. Tente novamente amanhã.</translation>
    </message>
    <message>
        <source>%1 could not process the request (HTTP %2). Please try again later.</source>
        <translation>O %1 não conseguiu processar a solicitação (HTTP %2). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 could not process the request. Please try again later.</source>
        <translation>O %1 não conseguiu processar a solicitação. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 sent an answer StreamVibe cannot read.</source>
        <translation>O %1 enviou uma resposta que o StreamVibe não consegue ler.</translation>
    </message>
    <message>
        <source>Access to your %1 account was declined.</source>
        <translation>O acesso à sua conta do %1 foi recusado.</translation>
    </message>
    <message>
        <source>Connecting %1 was cancelled.</source>
        <translation>A conexão com o %1 foi cancelada.</translation>
    </message>
    <message>
        <source>StreamVibe is not set up to connect %1.</source>
        <translation>O StreamVibe não está configurado para conectar o %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 está limitando as solicitações. Tente novamente em %n segundo.</numerusform>
            <numerusform>%1 está limitando as solicitações. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::PortalFlow</name>
    <message>
        <source>Back from billing</source>
        <translation>De volta da cobrança</translation>
    </message>
    <message>
        <source>You can close this tab and return to StreamVibe.</source>
        <translation>Você pode fechar esta aba e voltar ao StreamVibe.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
</context>
<context>
    <name>sv::Profile</name>
    <message>
        <source>Cannot create the profile directory %1</source>
        <translation>Não é possível criar o diretório do perfil %1</translation>
    </message>
    <message>
        <source>Cannot make the profile directory %1 private</source>
        <translation>Não é possível tornar privado o diretório do perfil %1</translation>
    </message>
    <message>
        <source>%1: [profile] location: %2</source>
        <translation>%1: local de [profile]: %2</translation>
    </message>
    <message>
        <source>$USER is used, but the user name is unknown ($USER and $LOGNAME are empty)</source>
        <translation>$USER é usado, mas o nome de usuário é desconhecido ($USER e $LOGNAME estão vazias)</translation>
    </message>
    <message>
        <source>unknown variable $%1 (only $HOME, $USER and a leading ~ are expanded)</source>
        <translation>variável desconhecida $%1 (apenas $HOME, $USER e um ~ inicial são expandidos)</translation>
    </message>
    <message>
        <source>a $ that starts no variable: %1</source>
        <translation>um $ que não inicia nenhuma variável: %1</translation>
    </message>
    <message>
        <source>must be an absolute path (or start with ~/): %1</source>
        <translation>deve ser um caminho absoluto (ou começar com ~/): %1</translation>
    </message>
    <message>
        <source>the file exists but cannot be read</source>
        <translation>o arquivo existe, mas não pode ser lido</translation>
    </message>
    <message>
        <source>The profile&apos;s identity file %1 is damaged. Remove it to give the profile a new identity; you will then have to sign in and connect your accounts again.</source>
        <translation>O arquivo de identidade do perfil %1 está danificado. Remova-o para dar ao perfil uma nova identidade; depois você terá que entrar novamente e conectar suas contas outra vez.</translation>
    </message>
    <message>
        <source>Cannot read or create the profile&apos;s identity file %1 (%2). StreamVibe needs it to keep this profile&apos;s keychain entries apart from other profiles&apos;: make the folder %3 writable.</source>
        <translation>Não é possível ler nem criar o arquivo de identidade do perfil %1 (%2). O StreamVibe precisa dele para manter as entradas do chaveiro deste perfil separadas das de outros perfis: torne a pasta %3 gravável.</translation>
    </message>
</context>
<context>
    <name>sv::SecretError</name>
    <message>
        <source>No keyring service is available, so StreamVibe cannot store or read your sign-in securely. Install and start a Secret Service provider (for example GNOME Keyring or KeePassXC) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>Nenhum serviço de chaveiro está disponível, então o StreamVibe não pode salvar nem ler seu login com segurança. Instale e inicie um provedor de Secret Service (por exemplo, GNOME Keyring ou KeePassXC) e tente novamente; enquanto isso, o StreamVibe continua funcionando off-line.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (e.g. in Passwords and Keys) and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>O chaveiro está bloqueado. Desbloqueie-o (p. ex., em “Senhas e chaves”) e tente novamente; enquanto isso, o StreamVibe continua funcionando off-line.</translation>
    </message>
    <message>
        <source>Access to the keyring was denied. Allow StreamVibe to use the keyring and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>O acesso ao chaveiro foi negado. Permita que o StreamVibe use o chaveiro e tente novamente; enquanto isso, o StreamVibe continua funcionando off-line.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keyring. Sign in again.</source>
        <translation>Nenhum login salvo foi encontrado no chaveiro. Faça login novamente.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time. If it is asking for a password, unlock it and try again; StreamVibe keeps working offline meanwhile.</source>
        <translation>O chaveiro não respondeu a tempo. Se ele estiver pedindo uma senha, desbloqueie-o e tente novamente; enquanto isso, o StreamVibe continua funcionando off-line.</translation>
    </message>
    <message>
        <source>The keyring reported an error.</source>
        <translation>O chaveiro informou um erro.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>O chaveiro informou um erro: %1</translation>
    </message>
</context>
<context>
    <name>sv::SecretStore</name>
    <message numerus="yes">
        <source>no answer within %n ms</source>
        <translation>
            <numerusform>nenhuma resposta em %n ms</numerusform>
            <numerusform>nenhuma resposta em %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid key</source>
        <translation>chave inválida</translation>
    </message>
</context>
<context>
    <name>sv::SessionManager</name>
    <message>
        <source>Your session has ended (it was signed out on the server or from another device). Sign in again; your local library is unchanged.</source>
        <translation>Sua sessão terminou (o logout foi feito no servidor ou em outro dispositivo). Faça login novamente; sua biblioteca local não mudou.</translation>
    </message>
    <message>
        <source>You were signed out from another StreamVibe window or the command line. Sign in again; your local library is unchanged.</source>
        <translation>Você saiu da conta em outra janela do StreamVibe ou pela linha de comando. Faça login novamente; sua biblioteca local não mudou.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read. Sign in again.</source>
        <translation>Não foi possível ler o login salvo. Faça login novamente.</translation>
    </message>
    <message>
        <source>The session changed meanwhile.</source>
        <translation>A sessão mudou nesse meio-tempo.</translation>
    </message>
    <message>
        <source>The sign-in was superseded.</source>
        <translation>Este login foi substituído por outro.</translation>
    </message>
    <message>
        <source>A sign-in is already in progress.</source>
        <translation>Já há um login em andamento.</translation>
    </message>
</context>
<context>
    <name>sv::SyncJob</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
    <message>
        <source>The usage of this sync could not be reported yet (%1); it is kept and reported with the next sync.</source>
        <translation>Ainda não foi possível informar o uso desta sincronização (%1); ele fica guardado e será informado na próxima sincronização.</translation>
    </message>
    <message>
        <source>This account is already being synced.</source>
        <translation>Esta conta já está sendo sincronizada.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>Nenhuma conta do %1 está conectada.</translation>
    </message>
    <message>
        <source>The %1 sign-in of this account is missing from the keychain: reconnect it.</source>
        <translation>O login do %1 desta conta não está no chaveiro: reconecte-a.</translation>
    </message>
    <message>
        <source>Sign in to StreamVibe to sync: your usage is counted against your plan.</source>
        <translation>Faça login no StreamVibe para sincronizar: seu uso conta para o seu plano.</translation>
    </message>
    <message>
        <source>Your quota could not be checked (%1); the sync continues and the usage is reported later.</source>
        <translation>Não foi possível verificar sua cota (%1); a sincronização continua e o uso será informado depois.</translation>
    </message>
    <message>
        <source>The statistics of recent items could not be refreshed: %1</source>
        <translation>Não foi possível atualizar as estatísticas dos itens recentes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 não respondeu; nova tentativa em %n segundo.</numerusform>
            <numerusform>%1 não respondeu; nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached; retrying in %n second(s).</source>
        <translation>
            <numerusform>Não foi possível contatar %1; nova tentativa em %n segundo.</numerusform>
            <numerusform>Não foi possível contatar %1; nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 está limitando as solicitações; nova tentativa em %n segundo.</numerusform>
            <numerusform>%1 está limitando as solicitações; nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error (HTTP %2); retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 respondeu com um erro (HTTP %2); nova tentativa em %n segundo.</numerusform>
            <numerusform>%1 respondeu com um erro (HTTP %2); nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with an error; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 respondeu com um erro; nova tentativa em %n segundo.</numerusform>
            <numerusform>%1 respondeu com um erro; nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent an answer StreamVibe cannot read; retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 enviou uma resposta que o StreamVibe não consegue ler; nova tentativa em %n segundo.</numerusform>
            <numerusform>%1 enviou uma resposta que o StreamVibe não consegue ler; nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Nova tentativa em %n segundo.</numerusform>
            <numerusform>%1 Nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 sync was stopped after %n minute(s), its time limit. The items synced so far are kept.</source>
        <translation>
            <numerusform>A sincronização de %1 foi interrompida após %n minuto, seu limite de tempo. Os itens sincronizados até agora são mantidos.</numerusform>
            <numerusform>A sincronização de %1 foi interrompida após %n minutos, seu limite de tempo. Os itens sincronizados até agora são mantidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s); the sync stopped. The items synced so far are kept.</source>
        <translation>
            <numerusform>%1 não respondeu em %n segundo; a sincronização foi interrompida. Os itens sincronizados até agora são mantidos.</numerusform>
            <numerusform>%1 não respondeu em %n segundos; a sincronização foi interrompida. Os itens sincronizados até agora são mantidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncManager</name>
    <message>
        <source>%1 is already being connected.</source>
        <translation>%1 já está sendo conectado.</translation>
    </message>
    <message>
        <source>%1 is not configured in this installation.</source>
        <translation>%1 não está configurado nesta instalação.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be stored in the keychain: %2</source>
        <translation>Não foi possível salvar o login do %1 no chaveiro: %2</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>Nenhuma conta do %1 está conectada.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be read from the keychain: %2</source>
        <translation>Não foi possível ler o login do %1 no chaveiro: %2</translation>
    </message>
    <message>
        <source>%1 could not revoke StreamVibe&apos;s access (%2). The sign-in was removed from this computer; you can also remove the access in your %1 account settings.</source>
        <translation>O %1 não conseguiu revogar o acesso do StreamVibe (%2). O login foi removido deste computador; você também pode remover o acesso nas configurações da sua conta do %1.</translation>
    </message>
    <message>
        <source>The %1 sign-in could not be removed from the keychain: %2</source>
        <translation>Não foi possível remover o login do %1 do chaveiro: %2</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
    <message>
        <source>%1 sync failed: %2</source>
        <translation>A sincronização de %1 falhou: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 sync finished: %n new item(s).</source>
        <translation>
            <numerusform>Sincronização de %1 concluída: %n item novo.</numerusform>
            <numerusform>Sincronização de %1 concluída: %n itens novos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs to be reconnected before it can be synced.</source>
        <translation>A conta do %1 precisa ser reconectada antes de ser sincronizada.</translation>
    </message>
</context>
<context>
    <name>sv::UsageReporter</name>
    <message>
        <source>Your %1 plan&apos;s quota of %2 items is used up (%3 used). The sync continues; items beyond the quota are billed as overage.</source>
        <translation>A cota de %2 itens do seu plano %1 se esgotou (%3 usados). A sincronização continua; os itens acima da cota são cobrados como excedente.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>atual</translation>
    </message>
</context>
<context>
    <name>sv::YouTubeConnector</name>
    <message>
        <source>This Google account has no YouTube channel. Create one, then connect again.</source>
        <translation>Esta conta do Google não tem canal do YouTube. Crie um e conecte de novo.</translation>
    </message>
</context>
</TS>
