import json, copy, os
base = {
  "kind": "department",
  "cover": {"year": 2023, "department": "测试镇人民政府", "date": "2024-04-15"},
  "budget": {"budget": {"total": 100.00, "fiscal": 100.00}, "spent": {"total": 80.5}},
  "indicators": [
    {"level1": "产出指标", "level2": "数量指标", "name": "补贴资金发放及时率", "expected": "100%", "actual": "100%",
     "grade": "优", "score": 95, "weight": 90, "weightedScore": 85.5},
    {"level1": "预算执行率", "level2": "预算执行率", "name": "预算执行率", "actual": "80.5%",
     "score": 80.5, "weight": 10, "weightedScore": 8.05}
  ],
  "declaredTotalScore": 93.55
}
def dump(d): return json.dumps(d, ensure_ascii=False, indent=2)
files = {}
def mut(name, f):
    d = copy.deepcopy(base); f(d); files[name] = dump(d).encode()
def raw(name, data): files[name] = data if isinstance(data, bytes) else data.encode()
good = dump(base)
raw("valid-minimal.json", good)
raw("empty-file.json", b"")
raw("whitespace-only.json", "  \n\t \n")
raw("truncated.json", good[:good.index('"name": "补贴资金发放及时率"') + 12])
raw("missing-comma.json", good.replace('"year": 2023,', '"year": 2023', 1))
raw("trailing-comma.json", good.replace('"date": "2024-04-15"', '"date": "2024-04-15",', 1))
raw("single-quotes.json", good.replace('"kind": "department"', "'kind': 'department'", 1))
raw("comment.json", good.replace('"kind": "department",', '"kind": "department", // 部门整体', 1))
raw("nan-score.json", good.replace('"score": 95', '"score": NaN', 1))
raw("infinity-weight.json", good.replace('"weight": 90', '"weight": Infinity', 1))
raw("two-documents.json", good + "\n" + good)
raw("root-array.json", "[" + good + "]")
raw("raw-newline-in-string.json", good.replace('测试镇人民政府', '测试镇\n人民政府', 1))
mut("weight-as-string.json", lambda d: d["indicators"][0].update(weight="90"))
mut("year-as-string.json", lambda d: d["cover"].update(year="2023"))
mut("year-with-fraction.json", lambda d: d["cover"].update(year=2023.5))
mut("year-overflows-int.json", lambda d: d["cover"].update(year=99999999999))
mut("indicators-as-object.json", lambda d: d.update(indicators={"level1": "产出指标"}))
mut("core-as-string.json", lambda d: d["indicators"][1].update(core="是"))
mut("unknown-property-top-level.json", lambda d: d.update(colour="red"))
mut("unknown-property-misspelt-weight.json", lambda d: d["indicators"][1].update(wieght=10))
raw("duplicate-key-weight.json", good.replace('"weight": 90,', '"weight": 90,\n      "weight": 80,', 1))
mut("grade-not-a-grade.json", lambda d: d["indicators"][0].update(grade="优秀"))
mut("kind-unknown.json", lambda d: d.update(kind="township"))
mut("date-impossible.json", lambda d: d["cover"].update(date="2024-13-45"))
mut("percent-not-a-number.json", lambda d: d["budget"].update(declaredExecutionRate="八十%"))
mut("missing-budget.json", lambda d: d.pop("budget"))
mut("missing-kind.json", lambda d: d.pop("kind"))
mut("missing-cover-year.json", lambda d: d["cover"].pop("year"))
# Accepted since 0.2: a form may print only 得分 (WEIGHT_MISSING is an audit finding).
mut("missing-weight.json", lambda d: d["indicators"][1].pop("weight"))
mut("missing-spent.json", lambda d: d["budget"].pop("spent"))
mut("null-department.json", lambda d: d["cover"].update(department=None))
mut("null-indicator.json", lambda d: d["indicators"].insert(1, None))
raw("number-1e1000000.json", good.replace('"score": 95', '"score": 1e1000000', 1))
raw("number-200-digits.json", good.replace('"score": 95', '"score": ' + "9" * 200, 1))
deep = '[' * 10000 + ']' * 10000
raw("nesting-10000-deep.json", good.replace('"kind": "department",', '"kind": "department",\n  "notes": ' + deep + ',', 1))
raw("invalid-utf8.json", good.encode().replace('测试镇'.encode(), b'\xe6\xb5' + b'\xff' + '镇'.encode(), 1))
raw("utf16-with-bom.json", good.encode('utf-16'))
raw("utf16-without-bom.json", good.encode('utf-16-le'))
raw("utf8-bom-accepted.json", b'\xef\xbb\xbf' + good.encode())
# well-formed, but break a rule: validation errors
mut("weight-120.json", lambda d: d["indicators"][0].update(weight=120))
mut("negative-budget.json", lambda d: d["budget"]["budget"].update(total=-5))
mut("score-1e400.json", lambda d: d["indicators"][0].update(score="__1e400__"))
mut("money-1e400.json", lambda d: d["budget"]["spent"].update(total="__1e400__"))
mut("duplicate-indicators.json", lambda d: d["indicators"].insert(1, copy.deepcopy(d["indicators"][0])))
mut("no-budget-execution-row.json", lambda d: d["indicators"].pop(1))
mut("two-budget-execution-rows.json", lambda d: d["indicators"].append(dict(copy.deepcopy(d["indicators"][1]), level1="预算执行率", name="预算执行率（二）")))
mut("project-form-without-project.json", lambda d: d.update(kind="project"))
mut("blank-department.json", lambda d: d["cover"].update(department="   "))
mut("year-1800.json", lambda d: d["cover"].update(year=1800))
mut("no-indicators.json", lambda d: d.update(indicators=[]))
mut("negative-execution-rate.json", lambda d: d["budget"].update(declaredExecutionRate=-5))
mut("pack-id-uppercase.json", lambda d: d.update(pack="Hebei"))
mut("department-300-characters.json", lambda d: d["cover"].update(department="镇" * 300))
mut("score-minus-one.json", lambda d: d["indicators"][0].update(score=-1))
for k in list(files):
    files[k] = files[k].replace(b'"__1e400__"', b'1e400')
for name, data in files.items():
    open(name, "wb").write(data)
print(len(files))
