const rss = () => Math.round(process.memoryUsage().rss / 1048576);
const heap = () => Math.round(process.memoryUsage().heapUsed / 1048576);
let prev = rss();
console.log("base", prev, heap());
for (const m of process.argv.slice(2)) {
  await import(m); const r = rss(); console.log(m, r, "+" + (r - prev), heap()); prev = r;
}
