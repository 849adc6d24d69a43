"""CPU ms per request of parley serve main process and its workers, per query kind."""
import http.client, json, os, subprocess, sys, threading, time, itertools, shutil, socket
sys.path.insert(0, "bench")
from http_bench import ONE_HOP, SELECT, PID, ACCEPT
from urllib.parse import quote, urlencode
TICK = os.sysconf("SC_CLK_TCK")
MODE=os.environ.get("MODE","both")
def cpu(pid):
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return {"both": int(f[11]) + int(f[12]), "user": int(f[11]), "sys": int(f[12])}[MODE] / TICK
def children(pid):
    out = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                f = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            except OSError: continue
            if int(f[1]) == pid: out.append(int(p))
    return out
def tree(pid):
    res=[]; stack=[pid]
    while stack:
        p=stack.pop(); res.append(p); stack+=children(p)
    return res
store = sys.argv[1]; reps = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
kinds = sys.argv[3].split(",") if len(sys.argv) > 3 else ["ask", "select", "one_hop_sparql", "one_hop"]
s=socket.socket(); s.bind(("127.0.0.1",0)); port=s.getsockname()[1]; s.close()
env = dict(os.environ, **json.loads(os.environ.get("EXTRA_ENV","{}")))
cmd = [sys.executable, "-m", "graph_builder.cli", "serve", "--store", store, "--port", str(port)]
if os.environ.get("PROFILE"):
    cmd = [sys.executable, "-m", "cProfile", "-o", os.environ["PROFILE"], *cmd[1:]]
proc = subprocess.Popen(cmd, env=env, stdout=open("/tmp/r3/serve-out.log","w"), stderr=open("/tmp/r3/serve-err.log","w"))
for _ in range(300):
    try:
        c=http.client.HTTPConnection("127.0.0.1",port); c.request("GET","/health"); r=c.getresponse(); r.read()
        if r.status==200: break
    except OSError: time.sleep(0.1)
centers = json.load(open("/tmp/r3/data/centers.json"))
nodes = [c for pair in zip(centers["actor"], centers["event"]) for c in pair]
q = lambda text: "/sparql?" + urlencode({"query": text})
paths = {"ask": [q("ASK { ?s ?p ?o }")],
  "select": [q(SELECT.replace("$c", f"<{c}>")) for c in centers["actor"]],
  "one_hop_sparql": [q(ONE_HOP.replace("$c", f"<{c}>")) for c in nodes],
  "one_hop": [f"/entities/{quote(c[len(PID):], safe='/')}/neighbourhood?hops=1" for c in nodes]}
def run(ps, n, threads=4):
    cnt=itertools.count(); errs=[0]
    def cl():
        c=http.client.HTTPConnection("127.0.0.1",port)
        while (i:=next(cnt))<n:
            c.request("GET", ps[i%len(ps)], headers=ACCEPT); r=c.getresponse(); r.read()
            if r.status!=200: errs[0]+=1
        c.close()
    ts=[threading.Thread(target=cl) for _ in range(threads)]
    t=time.perf_counter(); [x.start() for x in ts]; [x.join() for x in ts]; return time.perf_counter()-t, errs[0]
main = proc.pid
for k in kinds:
    run(paths[k], 200)
    pids = tree(main); workers=[p for p in pids if p!=main]
    m0=cpu(main); w0=sum(cpu(p) for p in workers)
    spies=[]
    if os.environ.get("SPY"):
        for p in pids:
            spies.append(subprocess.Popen(["/tmp/w1/pyspy/bin/py-spy","record","-r","400","-f","raw","-o",f"/tmp/w1/spy-{k}-{'main' if p==main else p}.txt","-p",str(p),"-d",os.environ["SPY"]] + (["--native"] if os.environ.get("NATIVE") else []), stdout=open("/tmp/r3/serve-out.log","w"), stderr=subprocess.DEVNULL, env=dict(os.environ, PYTHONPATH="/tmp/w1/pyspy")))
        time.sleep(1)
    el, errs = run(paths[k], reps)
    pids2 = tree(main); workers2=[p for p in pids2 if p!=main]
    m1=cpu(main); w1=sum(cpu(p) for p in workers if p in workers2)
    for sp in spies: sp.wait()
    print(f"{k:16s} main {1000*(m1-m0)/reps:5.2f} ms  workers {1000*(w1-w0)/reps:5.2f} ms  total {1000*(m1-m0+w1-w0)/reps:5.2f}  rate {reps/el:7.1f}/s errs {errs}", flush=True)
proc.send_signal(2); proc.wait(20)
