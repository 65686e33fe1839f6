import { html } from 'hono/html'

// The few pages a link in an e-mail opens (answer an invite, say how a session went, set a
// password): one shell for all, small, no script, inputs at 16 px so phones do not zoom, readable
// in the WeChat and QQ in-app browsers (`renderer=webkit` for 360 and QQ).

const STYLE = `body{font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;max-width:32rem;margin:1.5rem auto;padding:0 1rem;line-height:1.7;color:#1f2328}
label{display:block;margin:.8rem 0 .2rem}input,select,textarea{font-size:16px;font-family:inherit}
input[type=password],input[type=text],textarea{width:100%;box-sizing:border-box;padding:.55rem;border:1px solid #d0d7de;border-radius:6px}
input[type=radio]{margin-right:.4rem}dl{margin:1rem 0}dt{color:#57606a;font-size:.9rem}dd{margin:0 0 .5rem}
button{margin-top:1.2rem;width:100%;padding:.8rem;font-size:1.05rem;border:0;border-radius:6px;background:#1677ff;color:#fff}
.decline button{background:#cf222e}.note,.en{color:#57606a}.note{font-size:.9rem}.error{color:#cf222e}`

export const smallPage = (title: string, body: unknown) => html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="renderer" content="webkit"><title>${title}</title>
<style>${STYLE}</style></head>
<body>${body}</body></html>`
