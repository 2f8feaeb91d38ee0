//! A language's service worker: the theme's script, told which files make up the language's
//! offline copy.

/// The theme's `script`, with the language, the version of its files and their list (relative
/// to the worker) in front, as JSON so that no file name can break out of the string.
pub(super) fn service_worker(code: &str, version: &str, files: &[String], script: &str) -> String {
    use serde_json::Value;
    format!(
        "var LANG={},VERSION={},FILES={};\n{script}\n",
        Value::from(code),
        Value::from(version),
        Value::from(files)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_service_workers_file_list_is_json_of_the_names() {
        let files = [
            "a/index.html".to_string(),
            "dice \"hola\"/index.html".to_string(),
            "c:\\d/ñ.png".to_string(),
            "\u{2028}".to_string(),
        ];
        let sw = service_worker("es", "abc", &files, "self.x=FILES");
        let (head, script) = sw.split_once(";\n").unwrap();
        assert_eq!(script, "self.x=FILES\n");
        let fields: Vec<(&str, &str)> = head
            .strip_prefix("var ")
            .unwrap()
            .splitn(3, ',')
            .map(|f| f.split_once('=').unwrap())
            .collect();
        assert_eq!(fields[0], ("LANG", "\"es\""));
        assert_eq!(fields[1], ("VERSION", "\"abc\""));
        assert_eq!(fields[2].0, "FILES");
        let list: Vec<String> = serde_json::from_str(fields[2].1).unwrap();
        assert_eq!(list, files);
    }
}
