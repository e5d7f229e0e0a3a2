// Node-RED settings for the corpus run: everything default except host/port, userDir and console level.
module.exports = {
    uiHost: "127.0.0.1",
    uiPort: 1880,
    userDir: "/tmp/w29/nr",
    flowFile: "flows.json",
    credentialSecret: false,
    logging: {
        console: {
            level: "debug",
            metrics: false,
            audit: false
        }
    },
    editorTheme: { projects: { enabled: false } }
};
