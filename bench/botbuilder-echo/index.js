// Benchmark anchor: the echo bot a Bot Framework developer starts from (botbuilder's CloudAdapter behind express).
// No MicrosoftAppId is configured, so botbuilder treats authentication as disabled and accepts requests without a
// token (anonymous claims identity); a deliveryMode of expectReplies makes CloudAdapter buffer the turn's replies and
// return them as the HTTP body ({ activities: [...] }) instead of calling the Connector at serviceUrl.
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3978);

const auth = new ConfigurationBotFrameworkAuthentication({});
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
    console.error(`turn error: ${error}`);
    await context.sendActivity('Sorry, something went wrong.');
};

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity(context.activity.text);
            await next();
        });
    }
}
const bot = new EchoBot();

const app = express();
app.use(express.json({ limit: '256kb' }));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
const server = app.listen(port, host, () => console.log(`botbuilder echo listening on http://${host}:${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
