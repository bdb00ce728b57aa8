// Reads a .cpuprofile: node scripts/bench/read-cpu-profile.mjs FILE [self|incl] [filter]; TOP=N rows (default 40).
import fs from 'node:fs';
const [file, mode='self', filt=''] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(file,'utf8'));
const byId = new Map(p.nodes.map(n=>[n.id,n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children??[]) parent.set(c,n.id);
const dt = new Map();
for (let i=0;i<p.samples.length;i++) dt.set(p.samples[i],(dt.get(p.samples[i])??0)+(p.timeDeltas[i]??0));
let total=0; for (const v of dt.values()) total+=v;
const key = n => `${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.replace(/^.*?\/(src|scripts|node_modules)\//,'$1/').replace(/^file:\/\//,'')}:${n.callFrame.lineNumber+1}`;
const self=new Map(), incl=new Map();
for (const [id,t] of dt){ const n=byId.get(id); self.set(key(n),(self.get(key(n))??0)+t);
  const seen=new Set(); let cur=id; while(cur!==undefined){const k=key(byId.get(cur)); if(!seen.has(k)){seen.add(k);incl.set(k,(incl.get(k)??0)+t);} cur=parent.get(cur);} }
const m = mode==='self'?self:incl;
const rows=[...m].filter(([k])=>k.includes(filt)).sort((a,b)=>b[1]-a[1]).slice(0,Number(process.env.TOP??40));
console.log('total ms', (total/1000).toFixed(0));
for (const [k,v] of rows) console.log((v/total*100).toFixed(1).padStart(5)+'%', k);
