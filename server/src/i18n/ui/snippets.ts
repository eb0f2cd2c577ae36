/**
 * The snippets (features/snippets.ts, offered by completion) in Simplified Chinese: name and description per English
 * name. The bodies are config text and stay as they are; test/i18nUi.test.ts keeps this table in step with them.
 */
export const zhSnippets: Readonly<Record<string, { name: string; description: string }>> = {
  'Phone (endpoint + auth + aor)': {
    name: '话机（endpoint + auth + aor）',
    description: '一部需要注册和认证的 SIP 话机：endpoint、auth 和 aor 共用一个名字。',
  },
  'Registering trunk (registration + auth + aor + endpoint + identify)': {
    name: '注册型中继（registration + auth + aor + endpoint + identify）',
    description: '运营商中继：Asterisk 向运营商注册，呼叫时进行认证，并按地址识别运营商发来的请求。',
  },
  'WebRTC endpoint': {
    name: 'WebRTC endpoint',
    description: '通过安全 WebSocket 接入的浏览器话机（需要一个 wss transport 和 Asterisk 的 HTTPS 服务器）。',
  },
  'UDP transport': { name: 'UDP transport', description: '在 UDP 上监听 SIP。' },
  'TCP transport': { name: 'TCP transport', description: '在 TCP 上监听 SIP。' },
  'TLS transport': {
    name: 'TLS transport',
    description: '在 TLS 上监听 SIP（除非 bind 另有指定，端口为 5061）。',
  },
  'WSS transport': {
    name: 'WSS transport',
    description: '基于安全 WebSocket 的 SIP；端口和证书来自 http.conf。',
  },
  'Wizard phone': { name: 'wizard 话机', description: 'pjsip_wizard.conf：用一个段写一部需要注册的话机。' },
  'Wizard trunk': { name: 'wizard 中继', description: 'pjsip_wizard.conf：用一个段写一条注册型运营商中继。' },
  ACL: { name: 'ACL', description: '一个具名的地址列表；endpoint 通过 acl= 使用它。' },
  'Global settings': { name: '全局设置', description: '整个 PJSIP 协议栈的设置（最多一个段）。' },
  'System settings': { name: '系统设置', description: '底层协议栈设置（最多一个段；修改后需要重启）。' },
};
