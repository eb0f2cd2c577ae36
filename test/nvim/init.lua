-- Headless Neovim as an LSP client of `pjsip-language-server --stdio` (run by scripts/test-nvim.mjs):
--   nvim --headless --clean -u test/nvim/init.lua
-- Env: PJSIP_SERVER (server/out/server.js), PJSIP_WORKSPACE (test/e2e/workspace). Prints one PASS/FAIL line
-- per check on stdout and exits 0 only when all pass. Written for Neovim 0.7 (Debian 12) and newer: no
-- vim.lsp.start (start_client + buf_attach_client), filetypes by autocmd (vim.filetype.add needs 0.8).
local server = os.getenv('PJSIP_SERVER') or 'server/out/server.js'
local ws = vim.fn.fnamemodify(os.getenv('PJSIP_WORKSPACE') or 'test/e2e/workspace', ':p'):gsub('/$', '')
local failures, checks = 0, 0
-- every deadline is this many times an idle machine's (a busy CI machine is several times slower)
local patience = tonumber(os.getenv('PJSIP_TEST_PATIENCE') or '') or 4
local function patient(ms) return ms * patience end

local function say(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local function finish()
  say(string.format('nvim: %d checks, %d failed', checks, failures))
  io.stdout:flush()
  vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
end
local function check(name, ok, detail)
  checks = checks + 1
  if not ok then failures = failures + 1 end
  say(string.format('%s %s%s', ok and 'PASS' or 'FAIL', name, detail and (': ' .. (tostring(detail):gsub('%s+', ' '))) or ''))
end
-- a check that throws counts as failed, and the run goes on
local function step(name, fn)
  local ok, err = pcall(fn)
  if not ok then check(name, false, tostring(err)) end
end

-- Whatever happens, never hang: give up after 45 s on an idle machine (times the patience).
vim.defer_fn(function()
  check('finished in time', false, string.format('timed out after %d s', patient(45)))
  finish()
end, patient(45000))

-- pjsip.conf, pjsip_wizard.conf, pjsip_*.conf, pjsip.*.conf, pjsip.d/*.conf, as the VS Code extension declares
vim.cmd([[
  augroup pjsip_ft
    autocmd!
    autocmd BufRead,BufNewFile pjsip.conf,pjsip_*.conf,pjsip.*.conf,*/pjsip.d/*.conf setfiletype pjsip
  augroup END
]])

local stderr_lines = {}
local client_id = vim.lsp.start_client({
  name = 'pjsip',
  cmd = { 'node', server, '--stdio' },
  root_dir = ws,
  workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'workspace' } },
  settings = { pjsip = {} },
  on_exit = function(code, signal)
    if code ~= 0 then say(string.format('language server exited with %s (signal %s)', code, signal)) end
  end,
})
assert(client_id, 'vim.lsp.start_client failed')
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'pjsip',
  callback = function(a) vim.lsp.buf_attach_client(a.buf, client_id) end,
})

local function open(rel)
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/' .. rel))
  return vim.api.nvim_get_current_buf()
end

-- LSP position of the first occurrence of `needle` (plain text) in the buffer, `delta` characters right.
local function pos(buf, needle, delta)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = line:find(needle, 1, true)
    if s then return { line = i - 1, character = s - 1 + (delta or 0) } end
  end
  error('not found: ' .. needle)
end

local function request(buf, method, params)
  local res, err = vim.lsp.buf_request_sync(buf, method, params, patient(5000))
  if not res then error(method .. ': ' .. tostring(err)) end
  local r = res[client_id]
  if not r then error(method .. ': no response from the pjsip client') end
  if r.err then error(method .. ': ' .. vim.inspect(r.err)) end
  return r.result
end

local function labels(result)
  local out = {}
  for _, it in ipairs(result and (result.items or result) or {}) do table.insert(out, it.label) end
  return out
end

local function has(list, v) return vim.tbl_contains(list, v) end

-- 1. filetype and attach
local broken = open('broken/pjsip.conf')
check('filetype of broken/pjsip.conf', vim.bo[broken].filetype == 'pjsip', vim.bo[broken].filetype)
local attached = vim.wait(patient(10000), function() return vim.lsp.buf_is_attached(broken, client_id) end, 20)
check('client attached', attached)
local uri = vim.uri_from_bufnr(broken)

-- 2. diagnostics with rule ids
step('diagnostics with rule ids', function()
  local got = vim.wait(patient(15000), function() return #vim.diagnostic.get(broken) >= 3 end, 50)
  local rows = {}
  local diags = vim.diagnostic.get(broken)
  table.sort(diags, function(a, b) return a.lnum < b.lnum end)
  for _, d in ipairs(diags) do table.insert(rows, string.format('%s@%d:%d/%s', tostring(d.code), d.lnum + 1, d.col + 1, tostring(d.source))) end
  local want = 'invalid-value@13:11/pjsip unknown-option@14:1/pjsip unresolved-reference@16:6/pjsip unused-section@24:2/pjsip'
  check('diagnostics with rule ids', got and table.concat(rows, ' ') == want, table.concat(rows, ' '))
end)

-- 3. hover on an option name and on a reference
step('hover', function()
  local h = request(broken, 'textDocument/hover', { textDocument = { uri = uri }, position = pos(broken, 'dtmf_mode', 2) })
  local text = h and h.contents and (h.contents.value or vim.inspect(h.contents)) or ''
  check('hover on dtmf_mode', text:find('**dtmf_mode** — endpoint option', 1, true) ~= nil and text:find('`rfc4733`', 1, true) ~= nil, text:sub(1, 80))
  local r = request(broken, 'textDocument/hover', { textDocument = { uri = uri }, position = pos(broken, 'auth=7001', 6) })
  local rtext = r and r.contents and r.contents.value or ''
  check('hover on the auth=7001 reference', rtext:find('**[7001]** — auth', 1, true) ~= nil, rtext:sub(1, 60))
end)

-- 4. completion: enum values and option names
step('completion', function()
  local values = labels(request(broken, 'textDocument/completion', { textDocument = { uri = uri }, position = pos(broken, 'dtmf_mode=', 10) }))
  table.sort(values)
  check('completion after dtmf_mode=', table.concat(values, ',') == 'auto,auto_info,inband,info,none,rfc4733', table.concat(values, ','))
  local opts = labels(request(broken, 'textDocument/completion', { textDocument = { uri = uri }, position = pos(broken, 'auth=7001', 0) }))
  check('completion of endpoint option names', has(opts, 'direct_media') and has(opts, '100rel') and not has(opts, 'max_contacts') and not has(opts, 'server_uri'),
    string.format('%d items, e.g. %s', #opts, table.concat(vim.list_slice(opts, 1, 5), ',')))
end)

-- 5. code action for the unknown option
step('code action', function()
  local d
  for _, x in ipairs(vim.diagnostic.get(broken)) do if x.code == 'unknown-option' then d = x end end
  assert(d, 'no unknown-option diagnostic')
  -- back to an LSP diagnostic, as vim.lsp.buf.code_action() sends it (user_data.lsp keeps code and data)
  local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
  local lsp_diag = vim.tbl_extend('keep', { range = range, message = d.message, source = d.source, code = d.code, severity = d.severity },
    d.user_data and d.user_data.lsp or {})
  local actions = request(broken, 'textDocument/codeAction', { textDocument = { uri = uri }, range = range, context = { diagnostics = { lsp_diag } } })
  local titles = {}
  for _, a in ipairs(actions or {}) do table.insert(titles, a.title) end
  check('quick fix offered for unknown-option', titles[1] == "Change to 'direct_media'", table.concat(titles, ' | '))
end)

-- 6. definition across files: pjsip.d/trunk.conf -> pjsip_wizard.conf
step('definition', function()
  local trunk = open('pjsip.d/trunk.conf')
  check('filetype of pjsip.d/trunk.conf', vim.bo[trunk].filetype == 'pjsip', vim.bo[trunk].filetype)
  vim.wait(patient(5000), function() return vim.lsp.buf_is_attached(trunk, client_id) end, 20)
  local defs = request(trunk, 'textDocument/definition', { textDocument = { uri = vim.uri_from_bufnr(trunk) }, position = pos(trunk, 'mytrunk-oauth', 3) })
  local d = defs and (defs[1] or defs) or {}
  local target = d.targetUri or d.uri or ''
  local range = d.targetSelectionRange or d.range or { start = {} }
  check('definition of outbound_auth=mytrunk-oauth', target == vim.uri_from_fname(ws .. '/pjsip_wizard.conf') and range.start.line == 1,
    string.format('%s line %s', target:gsub('^.*/', ''), tostring(range.start.line)))
  -- and jump there like `gd` would
  vim.lsp.util.jump_to_location(defs[1], 'utf-16')
  check('jump lands in pjsip_wizard.conf on [mytrunk]', vim.fn.expand('%:t') == 'pjsip_wizard.conf' and vim.api.nvim_get_current_line() == '[mytrunk]',
    vim.fn.expand('%:t') .. ': ' .. vim.api.nvim_get_current_line())
end)

-- 7. references across files
step('references', function()
  local main = open('pjsip.conf')
  vim.wait(patient(5000), function() return vim.lsp.buf_is_attached(main, client_id) end, 20)
  local refs = request(main, 'textDocument/references', { textDocument = { uri = vim.uri_from_bufnr(main) }, position = pos(main, '[transport-udp]', 2), context = { includeDeclaration = true } })
  local where = {}
  local prefix = vim.uri_from_fname(ws) .. '/'
  for _, r in ipairs(refs or {}) do table.insert(where, r.uri:sub(#prefix + 1) .. ':' .. (r.range.start.line + 1)) end
  table.sort(where)
  check('references of [transport-udp]', table.concat(where, ' ') == 'pjsip.conf:3 pjsip.d/trunk.conf:4 pjsip_wizard.conf:4', table.concat(where, ' '))
end)

vim.lsp.stop_client(client_id)
vim.wait(patient(3000), function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish()
