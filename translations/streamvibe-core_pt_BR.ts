<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
    <message>
        <source>%1:%2: this line is not a [group] header or a key = value line</source>
        <translation>%1:%2: esta linha não é um cabeçalho [grupo] nem uma linha chave = valor</translation>
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
    <name>sv::ClipGroups</name>
    <message>
        <source>durations %1 s apart</source>
        <translation>durações com %1 s de diferença</translation>
    </message>
    <message>
        <source>a duration unknown</source>
        <translation>uma duração desconhecida</translation>
    </message>
    <message>
        <source>similar titles (%1 %), %2, published %3 h apart</source>
        <translation>títulos semelhantes (%1 %), %2, publicados com %3 h de diferença</translation>
    </message>
    <message>
        <source>both on the same platform</source>
        <translation>ambos na mesma plataforma</translation>
    </message>
    <message>
        <source>a publishing time is unknown</source>
        <translation>uma data de publicação é desconhecida</translation>
    </message>
    <message>
        <source>published %1 h apart (more than 72 h)</source>
        <translation>publicados com %1 h de diferença (mais de 72 h)</translation>
    </message>
    <message>
        <source>durations %1 s apart (more than 1 s)</source>
        <translation>durações com %1 s de diferença (mais de 1 s)</translation>
    </message>
    <message>
        <source>a title has nothing to compare</source>
        <translation>um título não tem nada para comparar</translation>
    </message>
    <message>
        <source>the title is used for other clips of the account</source>
        <translation>o título é usado em outros clipes da conta</translation>
    </message>
    <message>
        <source>titles not similar enough (%1 %, %2 % needed)</source>
        <translation>títulos não semelhantes o suficiente (%1 %, %2 % necessário)</translation>
    </message>
    <message>
        <source>Could not read the groups of cross-posted clips</source>
        <translation>Não foi possível ler os grupos de clipes publicados em várias plataformas</translation>
    </message>
    <message>
        <source>Could not save the groups of cross-posted clips</source>
        <translation>Não foi possível salvar os grupos de clipes publicados em várias plataformas</translation>
    </message>
    <message>
        <source>The library has no %1 item %2.</source>
        <translation>A biblioteca não tem nenhum item do %1 %2.</translation>
    </message>
    <message>
        <source>This item is in no group: merge it with another item instead.</source>
        <translation>Este item não está em nenhum grupo: junte-o a outro item.</translation>
    </message>
    <message>
        <source>A group holds at most one item per platform: these have two on %1.</source>
        <translation>Um grupo tem no máximo um item por plataforma: estes têm dois no %1.</translation>
    </message>
    <message>
        <source>These items are already one group.</source>
        <translation>Estes itens já são um grupo.</translation>
    </message>
    <message>
        <source>titles %1 % similar (enough beside a closer match, %2 % alone), %3, published %4 h apart</source>
        <translation>títulos %1 % semelhantes (suficiente ao lado de uma correspondência mais próxima, %2 % sozinhos), %3, publicados com %4 h de diferença</translation>
    </message>
    <message>
        <source>No sum of views: no figure on %1.</source>
        <translation>Sem soma de visualizações: nenhum número em %1.</translation>
    </message>
    <message>
        <source>No sum of likes: no figure on %1.</source>
        <translation>Sem soma de curtidas: nenhum número em %1.</translation>
    </message>
    <message>
        <source>No sum of comments: no figure on %1.</source>
        <translation>Sem soma de comentários: nenhum número em %1.</translation>
    </message>
    <message>
        <source>No sum of shares: no figure on %1.</source>
        <translation>Sem soma de compartilhamentos: nenhum número em %1.</translation>
    </message>
    <message>
        <source>The sum of views covers %1 only: no figure on %2.</source>
        <extracomment>%1: the platforms summed, %2: those without the figure</extracomment>
        <translation>A soma de visualizações cobre apenas %1: nenhum número em %2.</translation>
    </message>
    <message>
        <source>The sum of likes covers %1 only: no figure on %2.</source>
        <translation>A soma de curtidas cobre apenas %1: nenhum número em %2.</translation>
    </message>
    <message>
        <source>The sum of comments covers %1 only: no figure on %2.</source>
        <translation>A soma de comentários cobre apenas %1: nenhum número em %2.</translation>
    </message>
    <message>
        <source>The sum of shares covers %1 only: no figure on %2.</source>
        <translation>A soma de compartilhamentos cobre apenas %1: nenhum número em %2.</translation>
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
    <message>
        <source>The library %1 is open read-only because its folder cannot be written (%2): search and browsing work, nothing can be saved until the folder is writable again.</source>
        <translation>A biblioteca %1 está aberta somente para leitura porque não é possível gravar na pasta dela (%2): a pesquisa e a navegação funcionam, mas nada pode ser salvo até que a pasta volte a ser gravável.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because the disk is full (%2): search and browsing work, nothing can be saved until space is freed.</source>
        <translation>A biblioteca %1 está aberta somente para leitura porque o disco está cheio (%2): a pesquisa e a navegação funcionam, mas nada pode ser salvo até que haja espaço livre.</translation>
    </message>
    <message>
        <source>No library can be created in %1: %2.</source>
        <translation>Nenhuma biblioteca pode ser criada em %1: %2.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of StreamVibe and must be upgraded, which needs a writable folder. %2</source>
        <translation>%1 foi gravado por uma versão mais antiga do StreamVibe e precisa ser atualizado, o que exige uma pasta gravável. %2</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be found (%2): search and browsing work, nothing can be saved until the folder is back.</source>
        <translation>A biblioteca %1 está aberta somente para leitura porque a pasta dela não é mais encontrada (%2): a pesquisa e a navegação funcionam, mas nada pode ser salvo até que a pasta volte.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only because its folder can no longer be opened (%2): search and browsing work, nothing can be saved until its permissions let you in again.</source>
        <translation>A biblioteca %1 está aberta somente para leitura porque a pasta dela não pode mais ser aberta (%2): a pesquisa e a navegação funcionam, mas nada pode ser salvo até que as permissões dela voltem a dar acesso a você.</translation>
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
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
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
    <message numerus="yes">
        <source>A recovery e-mail was sent a moment ago. Check your inbox (and spam folder), or ask again in %n second(s).</source>
        <translation>
            <numerusform>Um e-mail de recuperação foi enviado há pouco. Confira sua caixa de entrada (e a pasta de spam) ou peça novamente em %n segundo.</numerusform>
            <numerusform>Um e-mail de recuperação foi enviado há pouco. Confira sua caixa de entrada (e a pasta de spam) ou peça novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has sent too many e-mails for now. Try again in an hour.</source>
        <translation>O servidor enviou e-mails demais por enquanto. Tente novamente em uma hora.</translation>
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
    <message>
        <source>This %1 connection does not include its analytics, so no history was read. Reconnect %1 to include it.</source>
        <translation>Esta conexão com o %1 não inclui as estatísticas, então nenhum histórico foi lido. Reconecte o %1 para incluí-las.</translation>
    </message>
    <message>
        <source>%1 did not give the history of some items this time; the next sync reads it.</source>
        <translation>O %1 não forneceu o histórico de alguns itens desta vez; a próxima sincronização o lerá.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not give the history of %n item(s); the next syncs try again after the other items.</source>
        <translation>
            <numerusform>%1 não forneceu o histórico de %n item; as próximas sincronizações tentarão de novo depois dos outros itens.</numerusform>
            <numerusform>%1 não forneceu o histórico de %n itens; as próximas sincronizações tentarão de novo depois dos outros itens.</numerusform>
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
    <message>
        <source>%1 needs to be reconnected before it can be synced.</source>
        <translation>A conta do %1 precisa ser reconectada antes de ser sincronizada.</translation>
    </message>
    <message>
        <source>%1 sync finished: %2.</source>
        <translation>Sincronização do %1 concluída: %2.</translation>
    </message>
</context>
<context>
    <name>sv::SyncOutcome</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of about %Ln item(s)</source>
        <translation>
            <numerusform>%1 de cerca de %Ln item</numerusform>
            <numerusform>%1 de cerca de %Ln itens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>falta cerca de %Ln minuto</numerusform>
            <numerusform>faltam cerca de %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>no new items</source>
        <translation>nenhum item novo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln item novo</numerusform>
            <numerusform>%Ln itens novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln updated</source>
        <translation>
            <numerusform>%1, %Ln atualizado</numerusform>
            <numerusform>%1, %Ln atualizados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sv::SyncScheduler</name>
    <message>
        <source>Background sync is off.</source>
        <translation>A sincronização em segundo plano está desativada.</translation>
    </message>
    <message>
        <source>Sign in to sync in the background.</source>
        <translation>Entre para sincronizar em segundo plano.</translation>
    </message>
    <message>
        <source>Waiting for the network to sync.</source>
        <translation>Aguardando a rede para sincronizar.</translation>
    </message>
    <message>
        <source>Sync paused: the connection is metered.</source>
        <translation>Sincronização pausada: a conexão é limitada.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync due; starting soon.</source>
        <translation>Sincronização pendente; começa em breve.</translation>
    </message>
    <message>
        <source>Next sync at %1.</source>
        <translation>Próxima sincronização às %1.</translation>
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
