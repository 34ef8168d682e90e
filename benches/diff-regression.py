#!/usr/bin/env python3
"""Turn a differential divergence into a tests/misc regression that replays its calls.

    diff-regression.py SEED MODULE.wasm TRACE REPLAY OUT.wast [FLAVOR]

MODULE is the module tests/differential.rs saved (/tmp/onepass-divergence-SEED.wasm),
TRACE the calls it logged under ONEPASS_DIFF_TRACE=dir (dir/seed-SEED.calls), REPLAY the
output of `onepass-compare replay MODULE TRACE` (wasmtime's outcomes and globals). The
script writes the module, each call (assert_trap where wasmtime trapped, assert_return
of wasmtime's results where they are numbers or null), and wasmtime's value of every exported
global after the last call.
"""
import sys, struct, re
seed, wasm, trace, replay, out = sys.argv[1:6]
# What the generator had on, for the header (the SIMD run made the first of these).
flavor = sys.argv[6] if len(sys.argv) > 6 else 'SIMD enabled'
data = open(wasm,'rb').read()
def wstr(bs):
    return '"' + ''.join(chr(b) if 0x20 <= b < 0x7f and chr(b) not in '"\\' else '\\%02x' % b for b in bs) + '"'
def fconst(ty, bits):
    if ty == 'f32':
        exp, man, sign = (bits >> 23) & 0xff, bits & 0x7fffff, bits >> 31
        if exp == 0xff:
            return f"(f32.const {'-' if sign else ''}{'nan:0x%x' % man if man else 'inf'})"
        v = struct.unpack('<f', struct.pack('<I', bits))[0]
    else:
        exp, man, sign = (bits >> 52) & 0x7ff, bits & ((1 << 52) - 1), bits >> 63
        if exp == 0x7ff:
            return f"(f64.const {'-' if sign else ''}{'nan:0x%x' % man if man else 'inf'})"
        v = struct.unpack('<d', struct.pack('<Q', bits))[0]
    h = v.hex() if not (v == 0 and sign) else '-0x0p+0'
    return f"({ty}.const {h})"
def arg(f):
    ty, v = f.split(':', 1)
    if ty in ('i32', 'i64'): return f"({ty}.const {v})"
    if ty in ('f32', 'f64'): return fconst(ty, int(v))
    if ty == 'v128':
        x = int(v, 16); return f"(v128.const i64x2 {x & (2**64-1)} {x >> 64})"
    return f"(ref.null {'func' if ty == 'funcref' else 'extern'})"
TRAPS = {'IntegerOverflow': 'integer overflow', 'MemoryOutOfBounds': 'out of bounds memory access',
         'UnreachableCodeReached': 'unreachable', 'IntegerDivisionByZero': 'integer divide by zero',
         'TableOutOfBounds': 'out of bounds table access', 'IndirectCallToNull': 'uninitialized element',
         'BadSignature': 'indirect call type mismatch', 'BadConversionToInteger': 'invalid conversion to integer'}
calls = [l.split('\t') for l in open(trace).read().splitlines()]
rep = open(replay).read().splitlines()
outcomes = [l for l in rep if l.startswith('call ')]
last_globals = []
for l in rep:
    if l.startswith('call '): last_globals = []
    m = re.match(r'\s+global ([0-9a-f]*) .*: (\w+):(.*)$', l)
    if m: last_globals.append((bytes.fromhex(m.group(1)), m.group(2), m.group(3)))
lines = [f";; A module wasm-smith generated (differential seed {seed}, {flavor}) on which wasmi",
         ";; computed other values after this sequence of calls; onepass agrees with wasmtime",
         ";; (onepass-compare replay), whose values are asserted here.",
         "(module binary " + wstr(data) + ")"]
def result(v):
    """A wasmtime result as printed (`I32(-1)`, `F64(bits)`, `V128(n)`, a null reference),
    as a wast value; None for a non-null reference, which is not asserted."""
    ty, x = re.match(r'(\w+)\((.*)\)$', v).groups()
    if ty in ('I32', 'I64'): return f"({ty.lower()}.const {x})"
    if ty in ('F32', 'F64'): return fconst(ty.lower(), int(x))
    if ty == 'V128':
        n = int(x); return f"(v128.const i64x2 {n & (2**64-1)} {n >> 64})"
    if v in ('FuncRef(None)', 'ExternRef(None)'):
        return f"(ref.null {'func' if ty == 'FuncRef' else 'extern'})"
    return None
for c, o in zip(calls, outcomes):
    inv = f"(invoke {wstr(bytes.fromhex(c[0]))}" + ''.join(' ' + arg(a) for a in c[1:]) + ")"
    m = re.search(r': trap (\w+)$', o)
    if m:
        lines.append(f"(assert_trap {inv} {wstr(TRAPS[m.group(1)].encode())})")
        continue
    m = re.search(r': returned \[(.*)\]$', o)
    assert m, o
    values = [result(v) for v in re.findall(r'\w+\((?:[^()]|\([^()]*\))*\)', m.group(1))]
    if all(values):
        lines.append(f"(assert_return {inv}" + ''.join(' ' + v for v in values) + ")")
    else:
        lines.append(inv)
for name, ty, v in last_globals:
    if ty in ('i32', 'i64'): val = f"({ty}.const {v})"
    elif ty in ('f32', 'f64'): val = fconst(ty, int(v))
    else:
        lo, hi = v.split(','); val = f"(v128.const i64x2 {lo} {hi})"
    lines.append(f"(assert_return (get {wstr(name)}) {val})")
open(out, 'w').write('\n'.join(lines) + '\n')
